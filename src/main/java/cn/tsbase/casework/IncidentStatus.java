package cn.tsbase.casework;

/** Where a leak incident stands: reported, answered by the district (first contact made), or closed with an outcome. */
public enum IncidentStatus {

	REPORTED, RESPONDING, CLOSED;

	public String messageKey() {
		return "casework.incidentStatus." + name();
	}
}
