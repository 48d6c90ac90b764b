package cn.tsbase.operation;

/** The district returned a base's annual work plan for revision, with its reason. */
public record AnnualPlanReturned(long planId, long baseId, long unitId, String unitName, String districtCode,
		int year, String reason) {
}
