package cn.tsbase.base;

/** Whether a base holds its title. */
public enum BaseStatus {
	ACTIVE;

	public String messageKey() {
		return "base.status." + name();
	}
}
