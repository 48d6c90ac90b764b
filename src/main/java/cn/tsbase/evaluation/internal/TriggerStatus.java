package cn.tsbase.evaluation.internal;

/** A flagged ground: open until the municipal bureau proposes revocation on it. */
public enum TriggerStatus {
	OPEN, PROPOSED;

	public String messageKey() {
		return "revocation.trigger.status." + name();
	}
}
