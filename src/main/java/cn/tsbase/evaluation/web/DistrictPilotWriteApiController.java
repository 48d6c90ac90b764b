package cn.tsbase.evaluation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.evaluation.internal.DistrictPilots;
import cn.tsbase.evaluation.internal.PilotProgressFigures;
import cn.tsbase.evaluation.internal.PilotProgressReports;
import cn.tsbase.evaluation.internal.PilotStage;
import cn.tsbase.evaluation.web.DistrictPilotApiController.PilotResource;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ApiValidationProblems;

/**
 * The districts' national pilots written as JSON, the same use cases, scope, checks and audit as the pages: the
 * municipal bureau records the next stage (date, document, note) and accepts or returns a half-yearly progress report;
 * the district in the pilot files its report of a half-year and revises a returned one. Every change carries the
 * version read (409 when stale, when the stage cannot follow or the report is not awaiting that step); a pilot or
 * report outside the caller's district is 404; a refused body is 400 with each field's problem in the caller's
 * language. The answer is the pilot with its reports as it now stands. Report files are uploaded through the pages.
 */
@RestController
@RequestMapping("/api/v1/district-pilots")
@Tag(name = "evaluation")
class DistrictPilotWriteApiController {

	private final DistrictPilots pilots;
	private final PilotProgressReports reports;
	private final MessageSource messages;

	DistrictPilotWriteApiController(DistrictPilots pilots, PilotProgressReports reports, MessageSource messages) {
		this.pilots = pilots;
		this.reports = reports;
		this.messages = messages;
	}

	/** The next stage with its date (not in the future), document number and an optional note. */
	record StageRequest(@NotNull PilotStage stage, @NotNull @PastOrPresent LocalDate on,
			@NotBlank @Size(max = 50) String documentNumber, @Size(max = 500) String note,
			@NotNull(message = "{api.version.required}") Long version) {
	}

	/** A half-year's report: its text and five figures, each zero or more. */
	record ReportRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Min(1) @Max(2) Integer half,
			@NotBlank @Size(max = 10000) String content, @NotNull @Min(0) @Max(1_000_000) Integer trainings,
			@NotNull @Min(0) @Max(10_000_000) Integer peopleTrained, @NotNull @Min(0) @Max(1_000_000) Integer firmsVisited,
			@NotNull @Min(0) @Max(10_000) Integer institutionalResults,
			@NotNull @Min(0) @Max(1_000_000) Integer casesHandled) {

		PilotProgressFigures figures() {
			return new PilotProgressFigures(trainings, peopleTrained, firmsVisited, institutionalResults, casesHandled);
		}
	}

	/** A returned report's new text and figures, with the version read. */
	record RevisionRequest(@NotBlank @Size(max = 10000) String content, @NotNull @Min(0) @Max(1_000_000) Integer trainings,
			@NotNull @Min(0) @Max(10_000_000) Integer peopleTrained, @NotNull @Min(0) @Max(1_000_000) Integer firmsVisited,
			@NotNull @Min(0) @Max(10_000) Integer institutionalResults,
			@NotNull @Min(0) @Max(1_000_000) Integer casesHandled,
			@NotNull(message = "{api.version.required}") Long version) {

		PilotProgressFigures figures() {
			return new PilotProgressFigures(trainings, peopleTrained, firmsVisited, institutionalResults, casesHandled);
		}
	}

	/** A step that needs only the version read (accept). */
	record VersionRequest(@NotNull(message = "{api.version.required}") Long version) {
	}

	/** The reason to return a report for revision, with the version read. */
	record ReturnRequest(@NotBlank @Size(max = 1000) String reason,
			@NotNull(message = "{api.version.required}") Long version) {
	}

	@Operation(summary = "The municipal bureau records the pilot's next stage (已获批/未获批 after 已推荐, then 试点中, "
			+ "中期评估, 已验收) with its date, document number and note; 400 (field on) when dated before the last "
			+ "step or in the future, 409 when the stage cannot follow or the version is stale")
	@PostMapping("/{id}/stages")
	PilotResource recordStage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StageRequest request) {
		pilots.record(id, request.version(), request.stage(), request.on(), request.documentNumber().strip(),
				request.note() == null || request.note().isBlank() ? null : request.note().strip(), user);
		return pilot(id, user);
	}

	@Operation(summary = "The district in the pilot files its progress report of a half-year (1: January–June, 2: "
			+ "July–December) that has begun; 201 with the pilot, 400 for a year before the pilot's or still ahead "
			+ "(field year) or a half-year not begun (field half), 409 when not in the pilot or the half-year's report "
			+ "exists (also when two requests file it at once)")
	@PostMapping("/{id}/reports")
	ResponseEntity<PilotResource> fileReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ReportRequest request) {
		reports.file(id, request.year(), request.half(), request.content().strip(), request.figures(), user);
		return ResponseEntity.created(URI.create("/api/v1/district-pilots/" + id))
			.body(pilot(id, user));
	}

	@Operation(summary = "The district revises a returned progress report and files it again; 409 when the report is "
			+ "not returned or the version is stale")
	@PostMapping("/reports/{reportId}/revise")
	PilotResource revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId,
			@Valid @RequestBody RevisionRequest request) {
		long pilotId = reports.pilotOf(reportId, user);
		reports.revise(reportId, request.version(), request.content().strip(), request.figures(), user);
		return pilot(pilotId, user);
	}

	@Operation(summary = "The municipal bureau accepts a filed progress report; 409 when it is not awaiting a "
			+ "decision or the version is stale")
	@PostMapping("/reports/{reportId}/accept")
	PilotResource accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId,
			@Valid @RequestBody VersionRequest request) {
		long pilotId = reports.pilotOf(reportId, user);
		reports.accept(reportId, request.version(), user);
		return pilot(pilotId, user);
	}

	@Operation(summary = "The municipal bureau returns a filed progress report to the district with the reason; 409 "
			+ "when it is not awaiting a decision or the version is stale")
	@PostMapping("/reports/{reportId}/return")
	PilotResource returnForRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId,
			@Valid @RequestBody ReturnRequest request) {
		long pilotId = reports.pilotOf(reportId, user);
		reports.returnForRevision(reportId, request.version(), request.reason().strip(), user);
		return pilot(pilotId, user);
	}

	private PilotResource pilot(long id, CurrentUser user) {
		return new PilotResource(pilots.find(id, user), reports.ofPilot(id, user));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception, Locale locale) {
		return ResponseEntity.badRequest()
			.body(ApiValidationProblems.of(exception.getBindingResult(), messages, locale));
	}

	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<ProblemDetail> refused(InvalidFieldException refused, Locale locale) {
		return ResponseEntity.badRequest().body(ApiValidationProblems.of(refused, messages, locale));
	}
}
