package cn.tsbase.referencedata;

/** The kinds of reference data. */
public enum ReferenceCategory {
	DISTRICT, UNIT_TYPE, INDUSTRY,
	/** What a unit may ask guidance on (指导申请). */
	GUIDANCE_TOPIC;

	public String messageKey() {
		return "reference.category." + name();
	}
}
