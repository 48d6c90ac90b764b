package cn.tsbase.guidance;

import java.time.LocalDate;

/** The district assigned a guidance request to a guidance officer, planned for the given day. */
public record GuidanceRequestAssigned(long requestId, long unitId, String unitName, long officerId,
		long officerAccountId, String officerName, LocalDate plannedOn) {
}
