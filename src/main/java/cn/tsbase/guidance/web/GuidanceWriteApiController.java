package cn.tsbase.guidance.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.guidance.internal.AssignmentView;
import cn.tsbase.guidance.internal.GuidanceOfficers;
import cn.tsbase.guidance.internal.GuidanceRequests;
import cn.tsbase.guidance.internal.RequestView;
import cn.tsbase.guidance.web.GuidanceApiController.OfficerResource;
import cn.tsbase.guidance.web.GuidanceForms.AppointForm;
import cn.tsbase.guidance.web.GuidanceForms.RequestForm;
import cn.tsbase.shared.security.CurrentUser;

/**
 * Guidance requests and guidance officers as JSON, the same steps, checks, scopes and audit as the pages: a unit asks
 * for guidance and the district assigns the request to one of its officers; the district appoints officers, assigns
 * them bases and units and ends an assignment. A stale version or a step in the wrong state is 409, anything outside
 * the caller's scope 404, a choice that is not theirs to make 400.
 */
@RestController
@Tag(name = "guidance")
class GuidanceWriteApiController {

	private final GuidanceRequests requests;
	private final GuidanceOfficers officers;

	GuidanceWriteApiController(GuidanceRequests requests, GuidanceOfficers officers) {
		this.requests = requests;
		this.officers = officers;
	}

	record AssignRequest(@NotNull Long officerId, @NotNull LocalDate plannedOn, @NotNull Long version) {
	}

	record BaseRequest(@NotNull Long baseId) {
	}

	record UnitRequest(@NotBlank @Size(max = 18) String uscc) {
	}

	record VersionRequest(@NotNull Long version) {
	}

	/** An officer (without the contact) with their assignments, current first, then the history. */
	record OfficerAssignments(OfficerResource officer, List<AssignmentView> assignments) {
	}

	@Operation(summary = "The unit asks its district for guidance (topics from the active list, 400 otherwise)")
	@PostMapping("/api/v1/guidance-requests")
	ResponseEntity<RequestView> submit(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody RequestForm form) {
		long id = requests.submit(form.topics(), form.mode(), form.description(), user);
		return ResponseEntity.created(URI.create("/api/v1/guidance-requests/" + id)).body(requests.find(id, user));
	}

	@Operation(summary = "A guidance request the caller sees: the unit's own, the district's, the officer's")
	@GetMapping("/api/v1/guidance-requests/{id}")
	RequestView request(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return requests.find(id, user);
	}

	@Operation(summary = "The district assigns a request of its district to one of its active guidance officers with "
			+ "a planned day (another officer: 400; stale version: 409)")
	@PostMapping("/api/v1/guidance-requests/{id}/assign")
	RequestView assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody AssignRequest request) {
		requests.assign(id, request.officerId(), request.plannedOn(), request.version(), user);
		return requests.find(id, user);
	}

	@Operation(summary = "The district appoints an account of its district holding the guidance officer role (again: "
			+ "updates the field and contact); another account is 400")
	@PostMapping("/api/v1/guidance-officers")
	ResponseEntity<OfficerAssignments> appoint(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AppointForm form) {
		long id = officers.appoint(form.accountId(), form.expertise().strip(), form.phone(), form.email(), user);
		return ResponseEntity.created(URI.create("/api/v1/guidance-officers/" + id)).body(officer(id, user));
	}

	@Operation(summary = "A guidance officer the caller sees, with their assignments (the read is audited)")
	@GetMapping("/api/v1/guidance-officers/{id}")
	OfficerAssignments show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return officer(id, user);
	}

	@Operation(summary = "The district assigns a base of its district to its officer (ending the base unit's current "
			+ "assignment; already theirs: 409; another district's base: 400)")
	@PostMapping("/api/v1/guidance-officers/{id}/bases")
	OfficerAssignments assignBase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody BaseRequest request) {
		officers.assignBase(id, request.baseId(), user);
		return officer(id, user);
	}

	@Operation(summary = "The district assigns a registered unit of its district, by credit code, to its officer "
			+ "(already theirs: 409; unknown or another district's unit: 400)")
	@PostMapping("/api/v1/guidance-officers/{id}/units")
	OfficerAssignments assignUnit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody UnitRequest request) {
		officers.assignUnit(id, request.uscc().strip(), user);
		return officer(id, user);
	}

	@Operation(summary = "The district ends one of its officer's assignments (the history keeps it; stale: 409)")
	@PostMapping("/api/v1/guidance-officers/{id}/assignments/{assignmentId}/end")
	OfficerAssignments endAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long assignmentId, @Valid @RequestBody VersionRequest request) {
		officers.endAssignment(id, assignmentId, request.version(), user);
		return officer(id, user);
	}

	private OfficerAssignments officer(long id, CurrentUser user) {
		return new OfficerAssignments(OfficerResource.of(officers.find(id, user)), officers.assignments(id, user));
	}
}
