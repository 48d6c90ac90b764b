package cn.tsbase.operation;

import java.time.LocalDate;

/** The district accepted a liaison report. */
public record LiaisonReportAccepted(long baseId, long unitId, String unitName, String districtCode, LocalDate periodStart, LocalDate periodEnd) {
}
