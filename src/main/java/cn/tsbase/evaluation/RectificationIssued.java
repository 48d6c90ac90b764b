package cn.tsbase.evaluation;

import java.time.LocalDate;

/** The district issued a rectification order (整改) to a base, to be answered by the deadline. */
public record RectificationIssued(long rectificationId, long baseId, long unitId, String districtCode,
		LocalDate deadline) {
}
