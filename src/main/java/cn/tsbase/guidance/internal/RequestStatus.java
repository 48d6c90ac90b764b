package cn.tsbase.guidance.internal;

/** Where a guidance request stands: waiting for the district, assigned to an officer, or answered by a visit. */
public enum RequestStatus {
	SUBMITTED, ASSIGNED, DONE;

	public String messageKey() {
		return "guidance.request.status." + name();
	}
}
