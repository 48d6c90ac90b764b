package cn.tsbase.reporting.internal;

/** Where an escalation came from: raised by the district itself, or a liaison report's problem it forwarded. */
public enum EscalationSource {

	DISTRICT, LIAISON;

	public String messageKey() {
		return "reporting.escalation.source." + name();
	}
}
