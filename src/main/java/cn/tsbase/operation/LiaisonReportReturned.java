package cn.tsbase.operation;

import java.time.LocalDate;

/** The district returned a liaison report for revision, with its reason. */
public record LiaisonReportReturned(long baseId, long unitId, String unitName, String districtCode, LocalDate periodStart, LocalDate periodEnd, String reason) {
}
