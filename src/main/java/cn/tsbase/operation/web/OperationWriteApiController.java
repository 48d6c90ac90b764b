package cn.tsbase.operation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.tsbase.operation.internal.Activities;
import cn.tsbase.operation.internal.AnnualPlans;
import cn.tsbase.operation.internal.LiaisonReports;
import cn.tsbase.operation.internal.PlanView;
import cn.tsbase.operation.internal.LiaisonView;
import cn.tsbase.operation.web.PlanForms.ActivityForm;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The operation's writes as JSON, for the units' and districts' own systems: an activity recorded, an annual plan or a
 * liaison report submitted, accepted or returned. The same use cases, scope, state guards and audit as the pages; a
 * transition carries the version read (409 when someone acted meanwhile or the state does not allow it), a refused
 * request is 400 with each field's problem in the caller's language.
 */
@RestController
@Tag(name = "operation")
class OperationWriteApiController {

	private final Activities activities;
	private final AnnualPlans plans;
	private final LiaisonReports reports;
	private final MessageSource messages;

	OperationWriteApiController(Activities activities, AnnualPlans plans, LiaisonReports reports,
			MessageSource messages) {
		this.activities = activities;
		this.plans = plans;
		this.reports = reports;
		this.messages = messages;
	}

	/** A transition with the version read and, where the step asks for one, a reason or comment. */
	record Decision(@NotNull(message = "{api.version.required}") Long version, @Size(max = 1000) String reason) {
	}

	/** A return for revision: the reason is required. */
	record Return(@NotNull(message = "{api.version.required}") Long version, @NotBlank @Size(max = 1000) String reason) {
	}

	/** An activity held by a base: as on the page, the base named in the body. */
	record ActivityRequest(@NotNull Long baseId, @Valid @NotNull ActivityForm activity) {
	}

	@Operation(summary = "Record a training or publicity event of the caller's own base (as the activity form: kind, "
			+ "date, topic, place or online, participants, organiser, for a zone the people each member unit sent); "
			+ "201 with its location, 400 with the problems by field, 404 for a base that is not the caller's")
	@PostMapping("/api/v1/activities")
	ResponseEntity<?> recordActivity(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ActivityRequest request, Locale locale) {
		ActivityForm form = request.activity();
		var result = new BeanPropertyBindingResult(form, "activity");
		form.check(result);
		if (result.hasErrors()) {
			FieldError error = result.getFieldErrors().get(0);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.getMessage("api.invalid", null, locale));
			problem.setProperty("errors", List.of(Map.of("field", "activity." + error.getField(), "message",
					messages.getMessage(error, locale))));
			return ResponseEntity.badRequest().body(problem);
		}
		long id = activities.record(request.baseId(), form.toRecord(), user);
		return ResponseEntity.created(URI.create("/api/v1/activities?baseId=" + request.baseId()))
			.body(Map.of("id", id, "baseId", request.baseId()));
	}

	@Operation(summary = "The unit submits its annual plan of the year (the version read); 409 when it is not a draft "
			+ "or returned plan, or the version is stale")
	@PostMapping("/api/v1/annual-plans/{baseId}/{year}/submit")
	PlanView submitPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable int year,
			@Valid @RequestBody Decision decision) {
		plans.submit(baseId, year(year), decision.version(), user);
		return plans.find(baseId, year, user);
	}

	@Operation(summary = "The district accepts a submitted annual plan, optionally with a comment (guidance)")
	@PostMapping("/api/v1/annual-plans/{baseId}/{year}/accept")
	PlanView acceptPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable int year,
			@Valid @RequestBody Decision decision) {
		plans.accept(baseId, year(year), decision.version(), ProfileForms.strip(decision.reason()), user);
		return plans.find(baseId, year, user);
	}

	@Operation(summary = "The district returns a submitted annual plan for revision with the reason")
	@PostMapping("/api/v1/annual-plans/{baseId}/{year}/return")
	PlanView returnPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable int year,
			@Valid @RequestBody Return decision) {
		plans.returnForRevision(baseId, year(year), decision.version(), decision.reason().strip(), user);
		return plans.find(baseId, year, user);
	}

	@Operation(summary = "The liaison officer submits the report of the period starting on the date (the version read)")
	@PostMapping("/api/v1/liaison-reports/{baseId}/{period}/submit")
	LiaisonView.Report submitReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
			@Valid @RequestBody Decision decision) {
		reports.submit(baseId, period, decision.version(), user);
		return reports.find(baseId, period, user);
	}

	@Operation(summary = "The district accepts a submitted liaison report")
	@PostMapping("/api/v1/liaison-reports/{baseId}/{period}/accept")
	LiaisonView.Report acceptReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
			@Valid @RequestBody Decision decision) {
		reports.accept(baseId, period, decision.version(), user);
		return reports.find(baseId, period, user);
	}

	@Operation(summary = "The district returns a submitted liaison report for revision with the reason")
	@PostMapping("/api/v1/liaison-reports/{baseId}/{period}/return")
	LiaisonView.Report returnReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
			@Valid @RequestBody Return decision) {
		reports.returnForRevision(baseId, period, decision.version(), decision.reason().strip(), user);
		return reports.find(baseId, period, user);
	}

	private static int year(int year) {
		if (year < 2000 || year > 2100) {
			throw new NotFoundException("Year " + year);
		}
		return year;
	}
}
