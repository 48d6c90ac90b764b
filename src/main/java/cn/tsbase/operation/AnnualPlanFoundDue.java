package cn.tsbase.operation;

import java.time.LocalDate;

/** An annual plan is not submitted while its filing deadline is near (overdue = false) or past; published once per base, year and kind. */
public record AnnualPlanFoundDue(long baseId, long unitId, String unitName, String districtCode, int year, LocalDate deadline, boolean overdue) {
}
