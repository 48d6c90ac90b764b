package cn.tsbase.reporting.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.reporting.internal.EscalationView;
import cn.tsbase.reporting.internal.Escalations;
import cn.tsbase.reporting.internal.SummaryReportView;
import cn.tsbase.reporting.internal.SummaryReports;
import cn.tsbase.reporting.internal.SummaryText;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ApiValidationProblems;

/**
 * Annual summaries and escalations written as JSON: the same use cases, scope, checks and audit as the pages. A
 * district officer files the district's summary of a year and submits it, and raises escalations; a municipal officer
 * returns or accepts a summary and answers an escalation. Every change carries the version read (409 when someone
 * changed it meanwhile); a report or escalation outside the caller's scope is 404; a refused body is 400 with each
 * field's problem in the caller's language.
 */
@RestController
@Tag(name = "statistics")
class SummaryWriteApiController {

	private final SummaryReports reports;
	private final Escalations escalations;
	private final MessageSource messages;

	SummaryWriteApiController(SummaryReports reports, Escalations escalations, MessageSource messages) {
		this.reports = reports;
		this.escalations = escalations;
		this.messages = messages;
	}

	/** A new summary: its year and its first text, each part optional until it is submitted. */
	record NewSummaryRequest(@NotNull @Min(2000) @Max(2100) Integer year, @Size(max = 8000) String workDone,
			@Size(max = 8000) String experience, @Size(max = 8000) String problems,
			@Size(max = 8000) String suggestions) {

		SummaryText text() {
			return new SummaryForms.SummaryForm(year, workDone, experience, problems, suggestions, null).toText();
		}
	}

	/** The whole text of a draft or returned summary with the version read; a part left out is emptied. */
	record SummaryTextRequest(@NotNull(message = "{api.version.required}") Long version,
			@Size(max = 8000) String workDone, @Size(max = 8000) String experience,
			@Size(max = 8000) String problems, @Size(max = 8000) String suggestions) {

		SummaryText text() {
			return new SummaryForms.SummaryForm(null, workDone, experience, problems, suggestions, version).toText();
		}
	}

	/** A step that needs only the version read (submit), or with a text: the reason to return, a note to accept. */
	record DecisionRequest(@NotNull(message = "{api.version.required}") Long version, @Size(max = 2000) String text) {
	}

	/** A problem raised with the municipal bureau, about bases of the district (at most 50). */
	record NewEscalationRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String description,
			@Size(max = 50) List<Long> baseIds) {
	}

	/** The bureau's answer with the version read. */
	record AnswerRequest(@NotNull(message = "{api.version.required}") Long version,
			@NotBlank @Size(max = 4000) String answer) {
	}

	@Operation(summary = "File the caller's district's summary of a year with its first text; 201 with the report, "
			+ "409 when the district already has one for the year")
	@PostMapping("/api/v1/summary-reports")
	ResponseEntity<SummaryReportView> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewSummaryRequest request) {
		long id = reports.create(request.year(), request.text(), user);
		return ResponseEntity.created(URI.create("/api/v1/summary-reports/" + id)).body(summary(id, user));
	}

	@Operation(summary = "Replace the text of the district's draft or returned summary; 409 when the version is not "
			+ "the one stored or the report is with the bureau")
	@PutMapping("/api/v1/summary-reports/{id}")
	SummaryReportView write(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody SummaryTextRequest request) {
		reports.write(id, request.version(), request.text(), user);
		return summary(id, user);
	}

	@Operation(summary = "Submit the district's summary to the municipal bureau, its figures frozen as they stand; "
			+ "409 when the version is stale or the report is not a draft or returned")
	@PostMapping("/api/v1/summary-reports/{id}/submit")
	SummaryReportView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody DecisionRequest request) {
		reports.submit(id, request.version(), user);
		return summary(id, user);
	}

	@Operation(summary = "Return a submitted summary to its district for revision, with the reason (text, required); "
			+ "409 when the version is stale or the report is not awaiting a decision")
	@PostMapping("/api/v1/summary-reports/{id}/return")
	ResponseEntity<?> returnForRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody DecisionRequest request, Locale locale) {
		if (request.text() == null || request.text().isBlank()) {
			return problem("text", messages.getMessage("reporting.summary.reasonRequired", null, locale), locale);
		}
		reports.returnForRevision(id, request.version(), request.text().strip(), user);
		return ResponseEntity.ok(summary(id, user));
	}

	@Operation(summary = "Accept a submitted summary, with an optional note (text); 409 when the version is stale or "
			+ "the report is not awaiting a decision")
	@PostMapping("/api/v1/summary-reports/{id}/accept")
	SummaryReportView accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody DecisionRequest request) {
		String note = request.text() == null || request.text().isBlank() ? null : request.text().strip();
		reports.accept(id, request.version(), note, user);
		return summary(id, user);
	}

	@Operation(summary = "Raise a problem with the municipal bureau about bases of the caller's district; 201 with the "
			+ "escalation, 409 for a base that is not the district's")
	@PostMapping("/api/v1/escalations")
	ResponseEntity<EscalationView> raise(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewEscalationRequest request) {
		long id = escalations.raise(new SummaryForms.EscalationForm(request.title(), request.description(),
				request.baseIds()).toEscalation(), user);
		return ResponseEntity.created(URI.create("/api/v1/escalations/" + id)).body(escalation(id, user));
	}

	@Operation(summary = "Answer an open escalation (municipal bureau); 409 when the version is stale or it is "
			+ "answered already")
	@PostMapping("/api/v1/escalations/{id}/answer")
	EscalationView answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody AnswerRequest request) {
		escalations.answer(id, request.version(), request.answer().strip(), user);
		return escalation(id, user);
	}

	private SummaryReportView summary(long id, CurrentUser user) {
		return reports.find(id, user).orElseThrow(() -> new NotFoundException("Summary " + id));
	}

	private EscalationView escalation(long id, CurrentUser user) {
		return escalations.find(id, user).orElseThrow(() -> new NotFoundException("Escalation " + id));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception, Locale locale) {
		return ResponseEntity.badRequest()
			.body(ApiValidationProblems.of(exception.getBindingResult(), messages, locale));
	}

	private ResponseEntity<ProblemDetail> problem(String field, String message, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("api.invalid", null, locale));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return ResponseEntity.badRequest().body(problem);
	}
}
