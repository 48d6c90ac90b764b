package cn.tsbase.organization;

import java.math.BigDecimal;

/** A unit's whole profile, for forms that start from it (e.g. the basic information of a declaration). */
public record UnitProfile(long id, String name, String uscc, String unitTypeCode, String industryCode,
		String districtCode, String address, String postcode, String legalRepresentative, int headcount,
		BigDecimal annualOutput, String contactPerson, String contactTitle, String contactMobile,
		String contactEmail) {
}
