package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A revocation procedure as pages and the API show it; {@code respondable}: the unit may still respond,
 * {@code decidable}: the bureau may decide.
 */
public record RevocationView(long id, long baseId, long unitId, String unitName, String districtCode,
		RevocationStatus status, String grounds, String proposedBy, LocalDate proposedOn, LocalDate responseDeadline,
		String response, Instant respondedAt, String documentNumber, LocalDate decidedOn, String decisionReason,
		String decidedBy, LocalDate reapplyFrom, boolean respondable, boolean decidable, long version) {
}
