package cn.tsbase.reporting.web;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.reporting.internal.EscalationSource;
import cn.tsbase.reporting.internal.EscalationStatus;
import cn.tsbase.reporting.internal.EscalationView;
import cn.tsbase.reporting.internal.Escalations;
import cn.tsbase.reporting.internal.SummaryReportView;
import cn.tsbase.reporting.internal.SummaryReports;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Paging;

/**
 * The JSON API of annual summaries and escalations, scoped like the pages: a district officer reads the district's
 * own, a municipal officer every district's (summaries once submitted). Writing goes through the pages for now.
 */
@RestController
@Tag(name = "statistics")
class SummaryApiController {

	private final SummaryReports reports;
	private final Escalations escalations;

	SummaryApiController(SummaryReports reports, Escalations escalations) {
		this.reports = reports;
		this.escalations = escalations;
	}

	@Operation(summary = "The annual summary reports the caller may see, newest year first")
	@GetMapping("/api/v1/summary-reports")
	List<SummaryReportView.Row> summaries(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String district,
			@RequestParam(required = false) Integer page) {
		SummaryReportController.checkYear(year);
		return reports.list(user, year, district,
				Paging.of(page, Paging.MAX_SIZE, null, Set.of(), SummaryReportController.NEWEST))
			.getContent();
	}

	@Operation(summary = "One annual summary report with its texts and figures (404 outside the caller's scope)")
	@GetMapping("/api/v1/summary-reports/{id}")
	SummaryReportView summary(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return reports.find(id, user).orElseThrow(() -> new NotFoundException("Summary " + id));
	}

	@Operation(summary = "The escalated problems the caller may see, newest first")
	@GetMapping("/api/v1/escalations")
	List<EscalationView.Row> escalations(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) EscalationStatus status, @RequestParam(required = false) String district,
			@RequestParam(required = false) EscalationSource source, @RequestParam(required = false) Integer page) {
		return escalations
			.list(user, status, district, source,
					Paging.of(page, Paging.MAX_SIZE, null, Set.of(), EscalationController.NEWEST))
			.getContent();
	}

	@Operation(summary = "One escalated problem with its answer (404 outside the caller's scope)")
	@GetMapping("/api/v1/escalations/{id}")
	EscalationView escalation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return escalations.find(id, user).orElseThrow(() -> new NotFoundException("Escalation " + id));
	}
}
