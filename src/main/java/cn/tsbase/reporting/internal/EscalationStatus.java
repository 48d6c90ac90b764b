package cn.tsbase.reporting.internal;

/** An escalated problem is open until the municipal bureau answers it. */
public enum EscalationStatus {

	OPEN, ANSWERED;

	public String messageKey() {
		return "reporting.escalation.status." + name();
	}
}
