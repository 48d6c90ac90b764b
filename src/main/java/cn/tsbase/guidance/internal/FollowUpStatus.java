package cn.tsbase.guidance.internal;

/** A recommendation's follow-up: open, reported done by the unit, or closed by the officer. */
public enum FollowUpStatus {
	OPEN, REPORTED, CLOSED;

	public String messageKey() {
		return "guidance.followUp.status." + name();
	}
}
