package cn.tsbase.declaration;

/** The kinds of demonstration base: a point (one unit) or a zone (a park or cluster with member units). */
public enum BaseType {
	POINT, ZONE;

	public String messageKey() {
		return "baseType." + name();
	}
}
