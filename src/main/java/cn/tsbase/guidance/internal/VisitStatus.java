package cn.tsbase.guidance.internal;

/** Whether the unit has answered a visit record: not yet, confirmed it, or commented on it. */
public enum VisitStatus {
	RECORDED, CONFIRMED, COMMENTED;

	public String messageKey() {
		return "guidance.visit.status." + name();
	}
}
