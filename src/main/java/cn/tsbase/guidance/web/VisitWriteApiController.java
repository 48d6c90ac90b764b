package cn.tsbase.guidance.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.guidance.internal.FollowUps;
import cn.tsbase.guidance.internal.GuidanceVisits;
import cn.tsbase.guidance.web.GuidanceApiController.VisitResource;
import cn.tsbase.guidance.web.GuidanceForms.VisitForm;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The writing steps of guidance visits as JSON, the same guarded steps, scopes and audit as the pages: the guidance
 * officer records a visit of a unit assigned to them; the unit confirms or comments on it once; the unit reports a
 * recommendation done and the officer closes or reopens it. Each step carries the version it saw (409 when stale or in
 * the wrong state, 404 outside the caller's scope); the answer is the visit as it now stands.
 */
@RestController
@Tag(name = "guidance")
class VisitWriteApiController {

	private final GuidanceVisits visits;
	private final FollowUps followUps;

	VisitWriteApiController(GuidanceVisits visits, FollowUps followUps) {
		this.visits = visits;
		this.followUps = followUps;
	}

	record VersionRequest(@NotNull Long version) {
	}

	record CommentRequest(@NotBlank @Size(max = 1000) String comment, @NotNull Long version) {
	}

	record ReportRequest(@NotBlank @Size(max = 2000) String report, @NotNull Long version) {
	}

	record NoteRequest(@Size(max = 1000) String note, @NotNull Long version) {
	}

	@Operation(summary = "The guidance officer records a visit of a unit assigned to them (topics from the active "
			+ "list, a unit assigned to them, each recommendation with a due day; 400 otherwise)")
	@PostMapping("/api/v1/guidance-visits")
	ResponseEntity<VisitResource> record(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody VisitForm form) {
		if (form.firstRecommendationWithoutDueDay() >= 0) {
			throw new InvalidRequestException("guidance.visit.recommendation.dueOn.required");
		}
		long id = visits.record(form.unitId(), form.requestId(), form.toRecord(), user);
		return ResponseEntity.created(URI.create("/api/v1/guidance-visits/" + id)).body(visit(id, user));
	}

	@Operation(summary = "The unit confirms the record of a visit (once; 409 otherwise)")
	@PostMapping("/api/v1/guidance-visits/{id}/confirm")
	VisitResource confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody VersionRequest request) {
		visits.confirm(id, request.version(), user);
		return visit(id, user);
	}

	@Operation(summary = "The unit comments on the record of a visit instead of confirming it (once; 409 otherwise)")
	@PostMapping("/api/v1/guidance-visits/{id}/comment")
	VisitResource comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CommentRequest request) {
		visits.comment(id, request.version(), request.comment().strip(), user);
		return visit(id, user);
	}

	@Operation(summary = "The unit reports what it did about an open recommendation; returns its visit")
	@PostMapping("/api/v1/guidance-follow-ups/{id}/report")
	VisitResource report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ReportRequest request) {
		return visit(followUps.report(id, request.version(), request.report().strip(), user), user);
	}

	@Operation(summary = "The guidance officer closes a recommendation (reported, or open and seen done on the spot)")
	@PostMapping("/api/v1/guidance-follow-ups/{id}/close")
	VisitResource close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody NoteRequest request) {
		String note = request.note() == null ? "" : request.note().strip();
		return visit(followUps.close(id, request.version(), note, user), user);
	}

	@Operation(summary = "The guidance officer reopens a reported recommendation with a note (400 without one)")
	@PostMapping("/api/v1/guidance-follow-ups/{id}/reopen")
	VisitResource reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody NoteRequest request) {
		if (request.note() == null || request.note().isBlank()) {
			throw new InvalidRequestException("guidance.followUp.note.required");
		}
		return visit(followUps.reopen(id, request.version(), request.note().strip(), user), user);
	}

	private VisitResource visit(long id, CurrentUser user) {
		return new VisitResource(visits.find(id, user), visits.followUps(id, user));
	}
}
