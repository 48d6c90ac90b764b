package cn.tsbase.declaration;

import java.time.Instant;
import java.util.Set;

/** What other modules need to know of a call. */
public record CallSummary(long id, String districtCode, String title, int year, Set<BaseType> baseTypes,
		Instant opensAt, Instant closesAt, int quotaPoints, int quotaZones) {
}
