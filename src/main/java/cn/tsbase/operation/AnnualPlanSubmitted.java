package cn.tsbase.operation;

/** A base submitted its annual work plan (年度工作计划) to its district: the given version awaits the district. */
public record AnnualPlanSubmitted(long planId, long baseId, long unitId, String unitName, String districtCode,
		int year, int submittedVersion) {
}
