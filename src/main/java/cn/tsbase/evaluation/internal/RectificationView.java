package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A rectification order as pages and the API show it; {@code overdue} is computed against today. */
public record RectificationView(long id, long baseId, long unitId, String unitName, String districtCode,
		Long evaluationId, Integer evaluationYear, RectificationOrigin origin, RectificationStatus status, String items,
		String requiredEvidence, LocalDate deadline, String plan, String progress, String decisionReason,
		Instant proposedAt, String issuedBy, LocalDate issuedOn, Instant submittedAt, LocalDate closedOn,
		boolean overdue, long version) {

	public boolean isUnitEditable() {
		return status.isUnitEditable();
	}
}
