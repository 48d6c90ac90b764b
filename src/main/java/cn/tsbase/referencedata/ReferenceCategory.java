package cn.tsbase.referencedata;

/** The kinds of reference data. */
public enum ReferenceCategory {
	DISTRICT, UNIT_TYPE, INDUSTRY;

	public String messageKey() {
		return "reference.category." + name();
	}
}
