package cn.tsbase.organization.internal;

/** Filters of the unit registry; blank values do not filter. */
public record UnitFilter(String query, String unitTypeCode, String industryCode, String districtCode) {
}
