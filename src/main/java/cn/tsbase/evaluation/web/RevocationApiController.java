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

import cn.tsbase.evaluation.internal.RectificationStatus;
import cn.tsbase.evaluation.internal.RectificationView;
import cn.tsbase.evaluation.internal.Rectifications;
import cn.tsbase.evaluation.internal.RevocationStatus;
import cn.tsbase.evaluation.internal.RevocationView;
import cn.tsbase.evaluation.internal.Revocations;
import cn.tsbase.evaluation.web.EvaluationApiController.PageResource;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Paging;

/** Rectification orders and revocation procedures as JSON, scoped like the pages (read only). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "evaluation")
class RevocationApiController {

	private final Rectifications rectifications;
	private final Revocations revocations;

	RevocationApiController(Rectifications rectifications, Revocations revocations) {
		this.rectifications = rectifications;
		this.revocations = revocations;
	}

	@Operation(summary = "Rectification orders in the caller's scope (a unit its own, a district its district's); "
			+ "filters status, district, year, overdue; paged, newest first")
	@GetMapping("/rectifications")
	PageResource<RectificationView> rectifications(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) RectificationStatus status,
			@RequestParam(required = false) String district, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResource.of(rectifications.list(new Rectifications.Filter(status, district, year, overdue), user,
				Paging.of(page, size, null, Set.of(), Sort.by(Sort.Direction.DESC, "proposedAt").and(Sort.by("id")))));
	}

	@Operation(summary = "One rectification order with its items, deadline, plan, progress and decision "
			+ "(404 outside the caller's scope)")
	@GetMapping("/rectifications/{id}")
	RectificationView rectification(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return rectifications.find(id, user).rectification();
	}

	@Operation(summary = "Revocation procedures in the caller's scope; filters status, district; paged, newest first")
	@GetMapping("/revocations")
	PageResource<RevocationView> revocations(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) RevocationStatus status, @RequestParam(required = false) String district,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResource.of(revocations.list(new Revocations.Filter(status, district), user, Paging.of(page, size,
				null, Set.of(), Sort.by(Sort.Direction.DESC, "proposedOn").and(Sort.by(Sort.Direction.DESC, "id")))));
	}

	@Operation(summary = "One revocation procedure with its grounds, the unit's response and the decision "
			+ "(404 outside the caller's scope)")
	@GetMapping("/revocations/{id}")
	RevocationView revocation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return revocations.find(id, user);
	}
}
