package cn.tsbase.publicnotice.web;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.publicnotice.ObjectionStatus;
import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.shared.Masking;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.publicnotice.internal.ObjectionHandling;

/**
 * A district's verification of the objections the municipal bureau sends it, as JSON: only objections to units of
 * the officer's own district (anything else is 404), the objector's name and phone masked as on the page.
 */
@RestController
@RequestMapping("/api/v1/verifications")
@Tag(name = "objection verification")
class VerificationApiController extends NoticeApiSupport {

	private final ObjectionHandling handling;

	VerificationApiController(ObjectionHandling handling, MessageSource messages) {
		super(messages);
		this.handling = handling;
	}

	record VerificationResource(long id, String receiptNo, String targetUnitName, String objectorName, String phone,
			String grounds, String verificationRequest, String districtFindings, ObjectionStatus status,
			Instant filedAt, long version) {

		static VerificationResource of(ObjectionView o) {
			return new VerificationResource(o.id(), o.receiptNo(), o.targetUnitName(), Masking.name(o.objectorName()),
					Masking.phone(o.phone()), o.grounds(), o.verificationRequest(), o.districtFindings(), o.status(),
					o.filedAt(), o.version());
		}
	}

	record FindingsRequest(@NotNull(message = "{api.version.required}") Long version,
			@NotBlank(message = "{verification.findingsRequired}") @Size(max = 4000) String findings) {
	}

	@Operation(summary = "The objections the caller's district is asked to verify and that are still open (findings "
			+ "may still change), in the order filed; with all=true every objection it was ever asked to verify, "
			+ "newest first; paged")
	@GetMapping
	PageResource<VerificationResource> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(defaultValue = "false") boolean all) {
		if (all) {
			Pageable requested = paging(page, size);
			return PageResource.of(handling.verifications(user.getDistrictCode(), true,
					PageRequest.of(requested.getPageNumber(), requested.getPageSize(),
							Sort.by(Sort.Direction.DESC, "filedAt", "id")))
				.map(VerificationResource::of));
		}
		return PageResource.of(handling.toVerify(user.getDistrictCode(), paging(page, size))
			.map(VerificationResource::of));
	}

	@Operation(summary = "One objection the district was asked to verify (404 for another district's)")
	@GetMapping("/{id}")
	VerificationResource get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return VerificationResource.of(handling.objectionForDistrict(id, user.getDistrictCode()));
	}

	@Operation(summary = "Record the district's findings for the municipal bureau; 409 when the objection is no "
			+ "longer being verified or after a concurrent change")
	@PostMapping("/{id}/findings")
	VerificationResource recordFindings(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody FindingsRequest request) {
		handling.recordDistrictFindings(id, request.version(), request.findings().strip(), user.getDistrictCode());
		return get(user, id);
	}
}
