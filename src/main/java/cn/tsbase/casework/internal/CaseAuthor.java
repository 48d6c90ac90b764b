package cn.tsbase.casework.internal;

/** Who wrote a typical case: a unit (a base), a guidance officer or a district bureau. */
public enum CaseAuthor {

	UNIT, DISTRICT, GUIDANCE_OFFICER;

	public String messageKey() {
		return "casework.author." + name();
	}
}
