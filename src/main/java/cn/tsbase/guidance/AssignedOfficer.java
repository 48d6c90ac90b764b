package cn.tsbase.guidance;

import java.time.LocalDate;

/** A guidance officer as assigned to a unit: the officer's account (to notify) and name, field, and since when. */
public record AssignedOfficer(long officerId, long accountId, String displayName, String expertise,
		String districtCode, LocalDate since) {
}
