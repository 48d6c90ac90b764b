package cn.tsbase.guidance;

import java.time.LocalDate;

/** A guidance officer recorded a visit or online session at a unit; the unit is asked to confirm it. */
public record GuidanceVisitRecorded(long visitId, long unitId, String unitName, String officerName,
		LocalDate visitedOn, int recommendations) {
}
