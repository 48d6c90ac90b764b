package cn.tsbase.casework.internal;

/** The form of infringement a typical case is tagged with. */
public enum InfringementForm {

	DEPARTING_STAFF, INSIDER_COLLUSION, ELECTRONIC_INTRUSION, THIRD_PARTY, BREACH_OF_CONTRACT, OTHER;

	public String messageKey() {
		return "casework.form." + name();
	}
}
