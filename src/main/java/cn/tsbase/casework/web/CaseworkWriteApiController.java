package cn.tsbase.casework.web;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
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

import cn.tsbase.casework.internal.CaseView;
import cn.tsbase.casework.internal.CaseworkTime;
import cn.tsbase.casework.internal.IncidentView;
import cn.tsbase.casework.internal.LeakIncidents;
import cn.tsbase.casework.internal.TypicalCases;
import cn.tsbase.casework.web.CaseworkForms.CaseForm;
import cn.tsbase.casework.web.CaseworkForms.CloseForm;
import cn.tsbase.casework.web.CaseworkForms.IncidentForm;
import cn.tsbase.casework.web.CaseworkForms.ResponseForm;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ApiValidationProblems;

/**
 * The writing steps of casework as JSON, the same forms, guarded steps, scopes and audit as the pages: a unit reports
 * a leak incident, its district answers and closes it, whoever may propose it makes it a draft case; authors write and
 * submit typical cases, the district and the bureau approve or reject them. Each step on an existing incident or case
 * carries the version it saw (409 when stale or in the wrong state, 404 outside the caller's scope); a refused body
 * (or an unknown industry) is 400 with each field's problem in the caller's language; the answer is the incident or
 * case as it now stands.
 */
@RestController
@Tag(name = "casework")
class CaseworkWriteApiController {

	private final LeakIncidents incidents;
	private final TypicalCases cases;
	private final ReferenceData referenceData;
	private final MessageSource messages;

	CaseworkWriteApiController(LeakIncidents incidents, TypicalCases cases, ReferenceData referenceData,
			MessageSource messages) {
		this.incidents = incidents;
		this.cases = cases;
		this.referenceData = referenceData;
		this.messages = messages;
	}

	record VersionRequest(@NotNull Long version) {
	}

	record RejectRequest(@NotBlank @Size(max = 500) String reason, @NotNull Long version) {
	}

	@Operation(summary = "The unit reports a leak incident confidentially (its district and guidance officer are "
			+ "notified with a link only)")
	@PostMapping("/api/v1/incidents")
	ResponseEntity<IncidentView> report(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody IncidentForm form) {
		long id = incidents.report(form.toReport(), user);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + id)).body(incidents.find(id, user));
	}

	@Operation(summary = "The district records its first contact (Beijing time, not before the report nor in the "
			+ "future), measures and referral; the response time is measured from the report")
	@PostMapping("/api/v1/incidents/{id}/response")
	IncidentView respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ResponseForm form) {
		incidents.respond(id, form.version(), form.firstContact().atZone(CaseworkTime.ZONE).toInstant(),
				form.measures().strip(), form.referral(), user);
		return incidents.find(id, user);
	}

	@Operation(summary = "The district closes an answered incident with its outcome (409 before the first contact)")
	@PostMapping("/api/v1/incidents/{id}/close")
	IncidentView close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CloseForm form) {
		incidents.close(id, form.version(), form.outcome().strip(), user);
		return incidents.find(id, user);
	}

	@Operation(summary = "Proposes a closed incident as a typical case: a desensitised draft of the caller (the unit, "
			+ "its district or its guidance officer), once per incident (409 otherwise)")
	@PostMapping("/api/v1/incidents/{id}/case")
	ResponseEntity<CaseView> propose(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		long caseId = cases.proposeFromIncident(id, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).body(cases.find(caseId, user));
	}

	@Operation(summary = "Starts a typical case of the caller; blank public sections are proposed by the desensitiser")
	@PostMapping("/api/v1/cases")
	ResponseEntity<CaseView> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody CaseForm form) {
		checkIndustry(form);
		long id = cases.create(form.toDraft(), user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(cases.find(id, user));
	}

	@Operation(summary = "Rewrites a draft or rejected case of the caller (the body carries the version it saw)")
	@PutMapping("/api/v1/cases/{id}")
	CaseView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CaseForm form) {
		checkIndustry(form);
		if (form.version() == null) {
			throw new InvalidFieldException("version", "api.version.required");
		}
		cases.update(id, form.version(), form.toDraft(), user);
		return cases.find(id, user);
	}

	@Operation(summary = "The author submits the case to the confidentiality review (400 while a masked value is "
			+ "left in the public text)")
	@PostMapping("/api/v1/cases/{id}/submit")
	CaseView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody VersionRequest request) {
		cases.submit(id, request.version(), user);
		return cases.find(id, user);
	}

	@Operation(summary = "The district approves a submitted case; the municipal bureau approves one the district "
			+ "approved, which publishes it")
	@PostMapping("/api/v1/cases/{id}/approve")
	CaseView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody VersionRequest request) {
		cases.approve(id, request.version(), user);
		return cases.find(id, user);
	}

	@Operation(summary = "The reviewer at the case's stage rejects it with a reason (the author is told it)")
	@PostMapping("/api/v1/cases/{id}/reject")
	CaseView reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody RejectRequest request) {
		cases.reject(id, request.version(), request.reason().strip(), user);
		return cases.find(id, user);
	}

	private void checkIndustry(CaseForm form) {
		if (!referenceData.isActive(ReferenceCategory.INDUSTRY, form.industryCode())) {
			throw new InvalidFieldException("industryCode", "casework.case.unknownIndustry");
		}
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
