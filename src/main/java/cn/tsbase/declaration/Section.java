package cn.tsbase.declaration;

/** The sections of the declaration form (申报表), in the order the form shows them. */
public enum Section {
	BASIC, STANDARDS, ELEMENTS, SECRETS, MEMBERS;

	/** Member units are listed by zones only. */
	public boolean appliesTo(BaseType type) {
		return this != MEMBERS || type == BaseType.ZONE;
	}

	public String messageKey() {
		return "section." + name();
	}

	public String path() {
		return name().toLowerCase();
	}
}
