package cn.tsbase.base;

/** Whether a base holds its title: active, revoked (摘牌) by a decision, or withdrawn by the unit. */
public enum BaseStatus {
	ACTIVE, REVOKED, WITHDRAWN;

	public String messageKey() {
		return "base.status." + name();
	}
}
