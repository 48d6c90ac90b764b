package cn.tsbase.organization.internal;

import java.math.BigDecimal;

/** A unit's descriptive fields as a unit may edit them (not its code, district or registration facts). */
public record UnitDetails(String name, String unitTypeCode, String industryCode, String address, String postcode,
		String legalRepresentative, int headcount, BigDecimal annualOutput, String contactPerson, String contactTitle,
		String contactMobile, String contactEmail) {
}
