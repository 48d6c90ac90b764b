package cn.tsbase.evaluation.internal;

/**
 * Where a rectification order (整改) stands: proposed (automatically for a 不合格 base, or by an officer), issued by the
 * district with items and a deadline, submitted by the base for acceptance, returned with reasons, then accepted
 * (closed) or failed (closed, rejected for good).
 */
public enum RectificationStatus {
	PROPOSED, ISSUED, SUBMITTED, RETURNED, ACCEPTED, FAILED;

	/** Whether the base may still file its plan and progress. */
	public boolean isUnitEditable() {
		return this == ISSUED || this == RETURNED;
	}

	/** Whether the order is still running (its deadline counts). */
	public boolean isOpen() {
		return this == ISSUED || this == SUBMITTED || this == RETURNED;
	}

	public String messageKey() {
		return "rectification.status." + name();
	}
}
