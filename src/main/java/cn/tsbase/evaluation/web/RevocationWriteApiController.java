package cn.tsbase.evaluation.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.evaluation.internal.RevocationView;
import cn.tsbase.evaluation.internal.Revocations;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The writing steps of the revocation procedure (摘牌) as JSON, the same guarded steps as the pages: the municipal
 * bureau proposes it for an active base in scope, the unit responds within the period, the bureau revokes under a
 * document number (only once the unit has responded or the period has run out) or drops it. Each step on an existing
 * procedure carries its version; the answer is the procedure as it now stands.
 */
@RestController
@RequestMapping("/api/v1/revocations")
@Tag(name = "evaluation")
class RevocationWriteApiController {

	private final Revocations revocations;

	RevocationWriteApiController(Revocations revocations) {
		this.revocations = revocations;
	}

	record ProposalRequest(@NotNull Long baseId, @NotBlank @Size(max = 4000) String grounds,
			@Min(1) @Max(60) Integer responseDays) {
	}

	record ResponseRequest(@NotBlank @Size(max = 4000) String response, @NotNull Long version) {
	}

	record DecisionRequest(@NotBlank @Size(max = 50) String documentNumber, @NotNull LocalDate decidedOn,
			@NotBlank @Size(max = 2000) String reason, @NotNull Long version) {
	}

	record DropRequest(@NotBlank @Size(max = 2000) String reason, @NotNull Long version) {
	}

	@Operation(summary = "The municipal bureau proposes revoking an active base's title with the grounds; the unit "
			+ "may respond within responseDays working days (default 10). 409 when the base is not active or a "
			+ "procedure is pending, 404 for an unknown base")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RevocationView propose(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ProposalRequest request) {
		int days = request.responseDays() == null ? Revocations.DEFAULT_RESPONSE_DAYS : request.responseDays();
		long id = revocations.propose(request.baseId(), request.grounds().strip(), days, user);
		return revocations.find(id, user);
	}

	@Operation(summary = "The unit responds to a proposed revocation before its deadline (409 after it, once "
			+ "answered or decided, or after a concurrent change; 404 outside the unit)")
	@PostMapping("/{id}/response")
	RevocationView respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ResponseRequest request) {
		revocations.respond(id, request.version(), request.response().strip(), user);
		return revocations.find(id, user);
	}

	@Operation(summary = "The municipal bureau revokes the title under a document number, date and reason (409 "
			+ "until the unit has responded or the period has run out, and once decided); the base leaves the public "
			+ "list and the unit may not reapply for the configured years")
	@PostMapping("/{id}/decision")
	RevocationView revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody DecisionRequest request) {
		revocations.revoke(id, request.version(), request.documentNumber().strip(), request.decidedOn(),
				request.reason().strip(), user);
		return revocations.find(id, user);
	}

	@Operation(summary = "The municipal bureau drops a pending procedure with a reason (409 once decided)")
	@PostMapping("/{id}/drop")
	RevocationView drop(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody DropRequest request) {
		revocations.drop(id, request.version(), request.reason().strip(), user);
		return revocations.find(id, user);
	}
}
