package cn.tsbase.evaluation.internal;

/** A draft indicator system may be edited; one in use by a round is frozen. */
public enum SystemStatus {
	DRAFT, IN_USE;

	public String messageKey() {
		return "evaluation.system.status." + name();
	}
}
