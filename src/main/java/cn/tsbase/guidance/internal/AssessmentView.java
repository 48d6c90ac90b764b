package cn.tsbase.guidance.internal;

import java.time.Instant;

/** A self-assessment result with its readiness profile (null in lists). */
public record AssessmentView(long id, long unitId, String unitName, String uscc, String districtCode, int year,
		int questionnaireVersion, int score, int maxScore, String submittedBy, Instant submittedAt, boolean shared,
		Instant sharedAt, long version, AssessmentProfile profile) {

	/** The share of all points reached, in whole per cent. */
	public int percent() {
		return maxScore == 0 ? 100 : Math.round(score * 100f / maxScore);
	}
}
