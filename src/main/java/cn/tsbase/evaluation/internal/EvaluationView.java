package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.indicators.Grade;

/**
 * One base's evaluation as pages and the API show it. {@code capReason} explains why the cap kept the base from 优秀
 * (null otherwise).
 */
public record EvaluationView(long id, long roundId, int year, long baseId, long unitId, String unitName,
		String districtCode, BaseType baseType, long systemId, EvaluationStatus status, EvaluationSheet sheet,
		BigDecimal selfTotal, BigDecimal districtTotal, BigDecimal finalTotal, boolean vetoFailed, Grade proposedGrade,
		Grade finalGrade, GradingPolicy.CapReason capReason, String adjustmentReason, String supplementReason,
		LocalDate supplementDeadline, String siteCheckFindings, LocalDate siteCheckedOn, Instant submittedAt,
		Instant proposedAt, LocalDate selfDeadline, MissedSelfEvaluationRule selfMissed, long version) {

	public boolean isUnitEditable() {
		return status.isUnitEditable();
	}

	public boolean isPublished() {
		return status == EvaluationStatus.PUBLISHED;
	}

	/** What the unit may see before publication: its own answers and a supplement request, not the review. */
	public EvaluationView withoutReview() {
		return new EvaluationView(id, roundId, year, baseId, unitId, unitName, districtCode, baseType, systemId, status,
				sheet.selfOnly(), selfTotal, null, null, false, null, null, null, null, supplementReason,
				supplementDeadline, null, null, submittedAt, null, selfDeadline, selfMissed, version);
	}
}
