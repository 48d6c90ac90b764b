package cn.tsbase.organization.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.account.FieldProblem;
import cn.tsbase.organization.UnitView;
import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.organization.internal.Registration;
import cn.tsbase.organization.internal.RegistrationRejectedException;
import cn.tsbase.shared.security.CurrentUser;

/** The unit registry as JSON, with the same authorization and scoping as the pages. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units")
class UnitApiController {

	private final OrganizationService organization;
	private final RegistrationRateLimit limit;
	private final MessageSource messages;

	UnitApiController(OrganizationService organization, RegistrationRateLimit limit, MessageSource messages) {
		this.organization = organization;
		this.limit = limit;
		this.messages = messages;
	}

	/**
	 * The answer to a registration whose form was valid, whether or not it was carried out (the contact learns by
	 * mail when the code or the username was taken).
	 */
	record RegistrationReceipt(String status, String message) {
	}

	record UnitResource(long id, String name, String uscc, String unitTypeCode, String industryCode,
			String districtCode, String address, String postcode, String legalRepresentative, int headcount,
			BigDecimal annualOutput, String contactPerson, String contactTitle, String contactMobile,
			String contactEmail, Instant registeredAt, Instant updatedAt, long version) {

		static UnitResource of(UnitView unit) {
			return new UnitResource(unit.id(), unit.name(), unit.uscc(), unit.unitTypeCode(), unit.industryCode(),
					unit.districtCode(), unit.address(), unit.postcode(), unit.legalRepresentative(), unit.headcount(),
					unit.annualOutput(), unit.contactPerson(), unit.contactTitle(), unit.contactMobile(),
					unit.contactEmail(), unit.registeredAt(), unit.updatedAt(), unit.version());
		}
	}

	record PageResource<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageResource<T> of(Page<T> page) {
			return new PageResource<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}

	@Operation(summary = "List units in the caller's scope, with filters (q: name or code, type, industry, district), "
			+ "sort (name, registeredAt, headcount, uscc) and paging")
	@GetMapping
	PageResource<UnitResource> list(@AuthenticationPrincipal CurrentUser user, UnitListQuery query) {
		return PageResource.of(organization.search(query.filter(), user.scope(), query.pageable())
			.map(UnitResource::of));
	}

	@Operation(summary = "One unit, if it lies in the caller's scope (otherwise 404)")
	@GetMapping("/{id}")
	UnitResource get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return UnitResource.of(organization.get(id, user.scope()));
	}

	@Operation(summary = "Register a unit with its first account (public, rate-limited like the form). A valid form "
			+ "is answered 202 whether or not its credit code or username was free; the contact is mailed when not")
	@PostMapping
	ResponseEntity<?> register(@Valid @RequestBody RegistrationForm form, BindingResult result,
			HttpServletRequest request, Locale locale) {
		limit.check(request);
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (result.hasErrors()) {
			return invalid(result.getFieldErrors()
				.stream()
				.map(e -> new FieldProblem(e.getField(), messages.getMessage(e, locale)))
				.toList());
		}
		try {
			organization.registerSelf(new Registration(form.uscc(), form.districtCode(), form.toDetails(),
					form.username().trim(), form.password()));
		}
		catch (RegistrationRejectedException rejected) {
			if (rejected.revealsExistence()) {
				return received(locale);
			}
			return invalid(rejected.problems()
				.stream()
				.map(p -> new FieldProblem(p.field(),
						messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
				.toList());
		}
		return received(locale);
	}

	private ResponseEntity<RegistrationReceipt> received(Locale locale) {
		return ResponseEntity.accepted()
			.body(new RegistrationReceipt("RECEIVED", messages.getMessage("registration.received", null, locale)));
	}

	/** 422 with the problems, each as the field and the message in the caller's language. */
	private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
		ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		detail.setTitle("Invalid registration");
		detail.setProperty("errors", problems.stream()
			.map(p -> Map.of("field", p.field(), "message", p.messageKey()))
			.toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(detail);
	}
}
