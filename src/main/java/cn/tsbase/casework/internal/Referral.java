package cn.tsbase.casework.internal;

/** Where the district referred an incident: nowhere, market regulation enforcement, or the police. */
public enum Referral {

	NONE, ENFORCEMENT, POLICE;

	public String messageKey() {
		return "casework.referral." + name();
	}
}
