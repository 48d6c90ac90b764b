package cn.tsbase.casework.internal;

import java.time.ZoneId;

/** Beijing time, in which the year of an incident or case and the first contact typed by the district are meant. */
public final class CaseworkTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private CaseworkTime() {
	}
}
