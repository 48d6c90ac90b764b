package cn.tsbase.casework.web;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.casework.CaseStatus;
import cn.tsbase.casework.IncidentStatus;
import cn.tsbase.casework.internal.CaseView;
import cn.tsbase.casework.internal.IncidentView;
import cn.tsbase.casework.internal.LeakIncidents;
import cn.tsbase.casework.internal.TypicalCases;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Paging;

/**
 * The JSON API of casework, scoped like the pages: leak incidents (every read audited) and the caller's typical cases.
 * Writing goes through the pages for now.
 */
@RestController
@Tag(name = "casework")
class CaseworkApiController {

	private final LeakIncidents incidents;
	private final TypicalCases cases;

	CaseworkApiController(LeakIncidents incidents, TypicalCases cases) {
		this.incidents = incidents;
		this.cases = cases;
	}

	@Operation(summary = "The leak incidents the caller may see (the unit's own, the district's, all for the bureau), newest first")
	@GetMapping("/api/v1/incidents")
	List<IncidentView.Row> incidents(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) IncidentStatus status, @RequestParam(required = false) String district,
			@RequestParam(required = false) Integer page) {
		return incidents
			.list(user, status, district, Paging.of(page, Paging.MAX_SIZE, null, Set.of(),
					Sort.by(Sort.Direction.DESC, "reportedAt").and(Sort.by(Sort.Direction.DESC, "id"))))
			.getContent();
	}

	@Operation(summary = "One leak incident with its content and the district's response (audited; 404 outside the caller's scope)")
	@GetMapping("/api/v1/incidents/{id}")
	IncidentView incident(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return incidents.find(id, user);
	}

	@Operation(summary = "The typical cases the caller may see (public titles), newest change first")
	@GetMapping("/api/v1/cases")
	List<CaseView.Row> cases(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Integer page) {
		return cases
			.list(user, status, Paging.of(page, Paging.MAX_SIZE, null, Set.of(),
					Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id"))))
			.getContent();
	}

	@Operation(summary = "One typical case with its full and desensitised versions (audited; 404 outside the caller's scope)")
	@GetMapping("/api/v1/cases/{id}")
	CaseView typicalCase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return cases.find(id, user);
	}
}
