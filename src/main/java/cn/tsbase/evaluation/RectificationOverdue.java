package cn.tsbase.evaluation;

import java.time.LocalDate;

/** A rectification order is still open after its deadline (announced once). */
public record RectificationOverdue(long rectificationId, long baseId, long unitId, String unitName,
		String districtCode, LocalDate deadline) {
}
