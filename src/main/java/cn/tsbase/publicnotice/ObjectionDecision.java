package cn.tsbase.publicnotice;

/** How the municipal bureau decides an objection: upheld (the unit leaves the list) or dismissed. */
public enum ObjectionDecision {
	UPHELD, DISMISSED;

	public String messageKey() {
		return "objection.decision." + name();
	}
}
