package cn.tsbase.operation.internal;

/** The five construction standards (建设标准, §五 of the plan), in the plan's order. */
public enum Standard {
	LEADERSHIP, OFFICE, RULES, ANNUAL_PLAN, LIAISON;

	public String messageKey() {
		return "operation.standard." + name();
	}

	/** The standards the unit edits on the profile (the annual plan has its own pages). */
	public boolean isEditable() {
		return this != ANNUAL_PLAN;
	}

	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
