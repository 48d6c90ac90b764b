package cn.tsbase.operation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.operation.internal.MemberDetails;
import cn.tsbase.operation.internal.MemberView;
import cn.tsbase.operation.internal.ZoneMembers;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.web.ApiValidationProblems;
import cn.tsbase.shared.security.CurrentUser;

/**
 * A zone's member units written as JSON by the zone's own people (applicant and liaison users): the same use case,
 * scope, checks and audit as the members page. A change carries the version read (409 when someone changed the member
 * meanwhile); a refused request is 400 with each field's problem in the caller's language, a code that is already a
 * current member 409.
 */
@RestController
@Tag(name = "operation")
class ZoneMemberApiController {

	private final ZoneMembers members;
	private final MessageSource messages;

	ZoneMemberApiController(ZoneMembers members, MessageSource messages) {
		this.members = members;
		this.messages = messages;
	}

	/** A new member by credit code (its name may be left out for a registered unit), optionally with its details. */
	record NewMemberRequest(@NotBlank @Size(max = 40) String uscc, @Size(max = 100) String name, Boolean hasRules,
			@PastOrPresent LocalDate rulesOn, @Size(max = 200) String rulesDocument,
			@Min(0) @Max(1_000_000) Integer trainedPeople, Boolean cultivated) {

		boolean hasDetails() {
			return hasRules != null || rulesOn != null || rulesDocument != null || trainedPeople != null
					|| cultivated != null;
		}
	}

	/**
	 * A member's details with the version read. PUT states all of them (rules and cultivation required; people trained
	 * otherwise this year empty as 0); PATCH only those present, the others stay.
	 */
	record MemberRequest(@NotNull(message = "{api.version.required}") Long version, Boolean hasRules,
			@PastOrPresent LocalDate rulesOn, @Size(max = 200) String rulesDocument,
			@Min(0) @Max(1_000_000) Integer trainedPeople, Boolean cultivated) {
	}

	/** The date the member left (not in the future) with the version read. */
	record RemovalRequest(@NotNull(message = "{api.version.required}") Long version,
			@NotNull @PastOrPresent LocalDate removedOn) {
	}

	@Operation(summary = "Add a member unit to the zone by its unified social credit code (matched to a registered unit, "
			+ "whose name is taken when none is given; a former member joins again), optionally with its rules, people "
			+ "trained otherwise this year and cultivation; 201 with the member, 400 with the problems by field, 409 "
			+ "for a code that is a current member")
	@PostMapping("/api/v1/bases/{id}/members")
	ResponseEntity<?> add(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody NewMemberRequest request, Locale locale) {
		MemberDetails details = request.hasDetails() ? new MemberDetails(Boolean.TRUE.equals(request.hasRules()),
				request.rulesOn(), text(request.rulesDocument()), members.currentYear(),
				request.trainedPeople() == null ? 0 : request.trainedPeople(), Boolean.TRUE.equals(request.cultivated()))
				: null;
		ZoneMembers.Added added = members.add(id, request.uscc(), request.name(), details, user);
		if (added.rejection() != null) {
			ZoneMembers.Rejection rejection = added.rejection();
			HttpStatus status = "operation.member.duplicate".equals(rejection.messageKey()) ? HttpStatus.CONFLICT
					: HttpStatus.BAD_REQUEST;
			return problem(status, rejection.field(),
					messages.getMessage(rejection.messageKey(), rejection.arguments(), locale), locale);
		}
		return ResponseEntity.created(URI.create("/api/v1/bases/" + id + "/members/" + added.memberId()))
			.body(member(id, added.memberId(), user));
	}

	@Operation(summary = "Replace a current member's details (rules yes/no with date and document, people trained "
			+ "otherwise this year, cultivated yes/no); 409 when the version is not the one stored or the member left")
	@PutMapping("/api/v1/bases/{id}/members/{memberId}")
	ResponseEntity<?> replace(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long memberId, @Valid @RequestBody MemberRequest request, Locale locale) {
		if (request.hasRules() == null || request.cultivated() == null) {
			return problem(HttpStatus.BAD_REQUEST, request.hasRules() == null ? "hasRules" : "cultivated",
					messages.getMessage("NotNull", null, locale), locale);
		}
		members.update(id, memberId, request.version(), new MemberDetails(request.hasRules(), request.rulesOn(),
				text(request.rulesDocument()), members.currentYear(),
				request.trainedPeople() == null ? 0 : request.trainedPeople(), request.cultivated()), user);
		return ResponseEntity.ok(member(id, memberId, user));
	}

	@Operation(summary = "Change some of a current member's details: the fields sent replace the stored ones, the "
			+ "others stay; 409 when the version is not the one stored or the member left")
	@PatchMapping("/api/v1/bases/{id}/members/{memberId}")
	MemberView change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long memberId,
			@Valid @RequestBody MemberRequest request) {
		MemberView current = member(id, memberId, user);
		boolean hasRules = request.hasRules() == null ? current.hasRules() : request.hasRules();
		members.update(id, memberId, request.version(), new MemberDetails(hasRules,
				request.rulesOn() == null ? current.rulesOn() : request.rulesOn(),
				request.rulesDocument() == null ? current.rulesDocument() : text(request.rulesDocument()),
				members.currentYear(),
				request.trainedPeople() == null ? current.trainedThisYear() : request.trainedPeople(),
				request.cultivated() == null ? current.cultivated() : request.cultivated()), user);
		return member(id, memberId, user);
	}

	@Operation(summary = "Record that a member left the zone on a date (not in the future); the record stays with the "
			+ "date. 409 when the version is not the one stored or the member already left")
	@PostMapping("/api/v1/bases/{id}/members/{memberId}/removal")
	MemberView remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long memberId,
			@Valid @RequestBody RemovalRequest request) {
		members.remove(id, memberId, request.version(), request.removedOn(), user);
		return member(id, memberId, user);
	}

	private MemberView member(long baseId, long memberId, CurrentUser user) {
		return members.member(baseId, memberId, user).orElseThrow(() -> new NotFoundException("Member " + memberId));
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception, Locale locale) {
		return ResponseEntity.badRequest()
			.body(ApiValidationProblems.of(exception.getBindingResult(), messages, locale));
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String field, String message, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status == HttpStatus.CONFLICT ? message
				: messages.getMessage("api.invalid", null, locale));
		problem.setProperty("errors", java.util.List.of(Map.of("field", field, "message", message)));
		return ResponseEntity.status(status).body(problem);
	}
}
