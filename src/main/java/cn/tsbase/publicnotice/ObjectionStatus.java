package cn.tsbase.publicnotice;

/** Where an objection stands: filed, with the unit's district for verification, or decided (nothing changes after). */
public enum ObjectionStatus {
	FILED, VERIFYING, DECIDED;

	public String messageKey() {
		return "objection.status." + name();
	}
}
