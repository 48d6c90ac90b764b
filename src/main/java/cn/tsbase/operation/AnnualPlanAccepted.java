package cn.tsbase.operation;

/** The district accepted (确认) a base's annual work plan: it is the yardstick for the year. */
public record AnnualPlanAccepted(long planId, long baseId, long unitId, String unitName, String districtCode,
		int year) {
}
