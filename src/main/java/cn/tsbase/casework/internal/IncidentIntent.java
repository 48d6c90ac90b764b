package cn.tsbase.casework.internal;

/** Whether a leak was an accident or deliberate. */
public enum IncidentIntent {

	ACCIDENTAL, MALICIOUS;

	public String messageKey() {
		return "casework.intent." + name();
	}
}
