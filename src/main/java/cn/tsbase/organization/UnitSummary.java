package cn.tsbase.organization;

/** What other modules need to know of a unit. */
public record UnitSummary(long id, String name, String uscc, String unitTypeCode, String industryCode,
		String districtCode) {
}
