package cn.tsbase.evaluation.internal;

/**
 * A ground for revocation (摘牌): the first two are detected when results are published, the others are recorded by
 * an officer.
 */
public enum TriggerKind {
	FAILED_TWO_YEARS(false), FAILED_AFTER_FAILED_RECTIFICATION(false), MAJOR_LEAK(true), CONFIRMED_VIOLATION(true),
	APPLICATION_FRAUD(true);

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
