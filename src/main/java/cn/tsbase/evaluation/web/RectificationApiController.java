package cn.tsbase.evaluation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.evaluation.internal.RectificationView;
import cn.tsbase.evaluation.internal.Rectifications;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The writing steps of a rectification order (整改) as JSON, the same guarded steps as the pages: the base files its
 * plan and progress and submits; the district accepts or returns it (or fails it for good). Each request carries the
 * order's version; the answer is the order as it now stands.
 */
@RestController
@RequestMapping("/api/v1/rectifications/{id}")
@Tag(name = "evaluation")
class RectificationApiController {

	private final Rectifications rectifications;

	RectificationApiController(Rectifications rectifications) {
		this.rectifications = rectifications;
	}

	record ProgressRequest(@Size(max = 4000) String plan, @Size(max = 4000) String progress, @NotNull Long version) {
	}

	record SubmitRequest(@NotNull Long version) {
	}

	record AcceptRequest(@Size(max = 2000) String reason, @NotNull Long version) {
	}

	record ReturnRequest(@NotBlank @Size(max = 2000) String reason, Boolean finalRejection, @NotNull Long version) {
	}

	@Operation(summary = "The base files its rectification plan and progress (issued or returned orders; 409 in any "
			+ "other state or after a concurrent change; 404 outside the unit)")
	@PostMapping("/progress")
	RectificationView fileProgress(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ProgressRequest request) {
		rectifications.file(id, request.version(), RectificationController.strip(request.plan()),
				RectificationController.strip(request.progress()), user);
		return rectifications.find(id, user).rectification();
	}

	@Operation(summary = "The base submits the order for the district's acceptance (needs a plan and progress; 409 "
			+ "otherwise)")
	@PostMapping("/submit")
	RectificationView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody SubmitRequest request) {
		rectifications.submit(id, request.version(), user);
		return rectifications.find(id, user).rectification();
	}

	@Operation(summary = "The district accepts a submitted order, which closes it (409 unless submitted; 404 outside "
			+ "the district)")
	@PostMapping("/accept")
	RectificationView accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody AcceptRequest request) {
		rectifications.accept(id, request.version(), RectificationController.strip(request.reason()), user);
		return rectifications.find(id, user).rectification();
	}

	@Operation(summary = "The district returns a submitted order with its reasons (the base works on and resubmits), "
			+ "or with finalRejection fails it for good (a ground for revocation); 400 without a reason")
	@PostMapping("/reject")
	RectificationView reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ReturnRequest request) {
		rectifications.reject(id, request.version(), request.reason().strip(),
				Boolean.TRUE.equals(request.finalRejection()), user);
		return rectifications.find(id, user).rectification();
	}
}
