package cn.tsbase.guidance.internal;

/** How guidance is given: on site at the unit, or online. */
public enum GuidanceMode {
	ON_SITE, ONLINE;

	public String messageKey() {
		return "guidance.mode." + name();
	}
}
