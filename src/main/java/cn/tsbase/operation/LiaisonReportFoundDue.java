package cn.tsbase.operation;

import java.time.LocalDate;

/** A liaison report is due soon (overdue = false) or overdue and not filed; published once per base, period and kind. */
public record LiaisonReportFoundDue(long baseId, long unitId, String unitName, String districtCode, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, boolean overdue) {
}
