package cn.tsbase.referencedata;

/** The kinds of reference data. */
public enum ReferenceCategory {
	DISTRICT, UNIT_TYPE, INDUSTRY,
	/** What a unit may ask guidance on (指导申请). */
	GUIDANCE_TOPIC,

	/**
	 * Public mail hosts (qq.com, 163.com …): the code is the domain. An address there says nothing about the holder's
	 * employer, so conflict-of-interest checks never match on it.
	 */
	PUBLIC_MAIL_HOST;

	public String messageKey() {
		return "reference.category." + name();
	}
}
