package cn.tsbase.evaluation.web;

import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.evaluation.internal.PilotDossierView;
import cn.tsbase.evaluation.internal.PilotDossiers;
import cn.tsbase.evaluation.web.EvaluationApiController.PageResource;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Paging;

/** National pilot dossiers as JSON (read only), scoped like the pages: the bureau's all, a district its own. */
@RestController
@RequestMapping("/api/v1/pilot-dossiers")
@Tag(name = "evaluation")
class PilotDossierApiController {

	private final PilotDossiers dossiers;

	PilotDossierApiController(PilotDossiers dossiers) {
		this.dossiers = dossiers;
	}

	@Operation(summary = "Pilot dossiers in the caller's scope, newest year first; filter year; paged")
	@GetMapping
	PageResource<PilotDossierView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResource.of(dossiers.list(year, user, Paging.of(page, size, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "year").and(Sort.by("districtCode")).and(Sort.by("id")))));
	}

	@Operation(summary = "One pilot dossier with the district's figures, the bureau's reason and the district's "
			+ "application statement (404 outside the caller's scope)")
	@GetMapping("/{id}")
	PilotDossierView dossier(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return dossiers.find(id, user);
	}
}
