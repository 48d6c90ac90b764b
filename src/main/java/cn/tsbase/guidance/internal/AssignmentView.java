package cn.tsbase.guidance.internal;

import java.time.LocalDate;

/** A unit's assignment to a guidance officer, current (no end day) or past. */
public record AssignmentView(long id, long officerId, String officerName, long unitId, String unitName,
		String districtCode, Long baseId, LocalDate validFrom, LocalDate validTo, long version) {

	public boolean current() {
		return validTo == null;
	}
}
