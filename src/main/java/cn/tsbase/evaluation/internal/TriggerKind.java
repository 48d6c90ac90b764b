package cn.tsbase.evaluation.internal;

/**
 * A ground for revocation (摘牌): those not recorded by an officer are detected when results are published
 * ({@code EvaluationOutcomes}, {@code MissedObligations}); the others are recorded by an officer.
 */
public enum TriggerKind {
	FAILED_TWO_YEARS(false), FAILED_AFTER_FAILED_RECTIFICATION(false), MAJOR_LEAK(true), CONFIRMED_VIOLATION(true),
	APPLICATION_FRAUD(true), NO_ANNUAL_PLAN(false), NO_EVALUATION_TWO_YEARS(false);

	private final boolean recordedByOfficer;

	TriggerKind(boolean recordedByOfficer) {
		this.recordedByOfficer = recordedByOfficer;
	}

	public boolean isRecordedByOfficer() {
		return recordedByOfficer;
	}

	public String messageKey() {
		return "revocation.trigger.kind." + name();
	}
}
