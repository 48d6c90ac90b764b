package cn.tsbase.casework.internal;

/** The remedy the unit chose (维权途径). */
public enum Remedy {

	UNDECIDED, ADMINISTRATIVE, CIVIL, CRIMINAL, MEDIATION;

	public String messageKey() {
		return "casework.remedy." + name();
	}
}
