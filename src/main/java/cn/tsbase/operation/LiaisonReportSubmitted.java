package cn.tsbase.operation;

import java.time.LocalDate;

/** A base submitted its liaison report (联络报告) of a period to its district. */
public record LiaisonReportSubmitted(long baseId, long unitId, String unitName, String districtCode, LocalDate periodStart, LocalDate periodEnd) {
}
