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

	/** The editable standard at a URL path segment ({@code leadership}, {@code office} …), if there is one. */
	public static java.util.Optional<Standard> editableAt(String path) {
		for (Standard s : values()) {
			if (s.isEditable() && s.path().equals(path.toLowerCase(java.util.Locale.ROOT))) {
				return java.util.Optional.of(s);
			}
		}
		return java.util.Optional.empty();
	}

	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
