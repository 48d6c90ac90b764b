package cn.tsbase.casework.internal;

/** Who wrote a typical case: a unit (a base) or a district bureau. */
public enum CaseAuthor {

	UNIT, DISTRICT;

	public String messageKey() {
		return "casework.author." + name();
	}
}
