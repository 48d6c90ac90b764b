package cn.tsbase.casework.internal;

/** Where a leak came from: inside the unit or outside it. */
public enum IncidentOrigin {

	INTERNAL, EXTERNAL;

	public String messageKey() {
		return "casework.origin." + name();
	}
}
