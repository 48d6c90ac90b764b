package cn.tsbase.evaluation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.tsbase.evaluation.internal.TriggerKind;

/** The form records of rectification and revocation (never entities). */
final class RectificationForms {

	private RectificationForms() {
	}

	/** The district issues a proposed order: items, the evidence required, the period in working days. */
	record IssueForm(@NotBlank @Size(max = 4000) String items, @Size(max = 2000) String requiredEvidence,
			@NotNull @Min(1) @Max(250) Integer workingDays, long version) {
	}

	/** The base's plan and progress. */
	record ProgressForm(@Size(max = 4000) String plan, @Size(max = 4000) String progress, long version) {
	}

	/** The district's acceptance or rejection (the reason is required to reject). */
	record DecisionForm(@Size(max = 2000) String reason, Boolean finalRejection, long version) {
	}

	/** An officer records a ground for revocation. */
	record TriggerForm(@NotNull Long baseId, @NotNull TriggerKind kind, @NotBlank @Size(max = 2000) String detail) {
	}

	/** The municipal bureau proposes revocation. */
	record ProposalForm(@NotNull Long baseId, @NotBlank @Size(max = 4000) String grounds,
			@NotNull @Min(1) @Max(60) Integer responseDays) {
	}

	/** The unit's response to a proposed revocation. */
	record ResponseForm(@NotBlank @Size(max = 4000) String response, long version) {
	}

	/** The bureau's decision to revoke. */
	record RevokeForm(@NotBlank @Size(max = 50) String documentNumber, @NotNull LocalDate decidedOn,
			@NotBlank @Size(max = 2000) String reason, long version) {
	}

	/** The bureau drops the procedure. */
	record DropForm(@NotBlank @Size(max = 2000) String reason, long version) {
	}

	/** The unit gives up its base's title. */
	record WithdrawalForm(@NotNull Long baseId, @NotBlank @Size(max = 2000) String reason) {
	}
}
