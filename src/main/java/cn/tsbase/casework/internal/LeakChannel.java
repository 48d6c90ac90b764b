package cn.tsbase.casework.internal;

/** The suspected channel of a leak. */
public enum LeakChannel {

	DEPARTING_STAFF, INSIDER, THIRD_PARTY, NETWORK_INTRUSION, LOST_MEDIA, OTHER;

	public String messageKey() {
		return "casework.channel." + name();
	}
}
