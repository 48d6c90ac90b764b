package cn.tsbase.organization.web;

import java.math.BigDecimal;

import cn.tsbase.organization.internal.UnitDetails;

/** The profile fields shared by the registration and the profile edit forms. */
interface UnitProfileFields {

	String MOBILE = "1[3-9]\\d{9}";
	String POSTCODE = "\\d{6}";

	String name();

	String unitTypeCode();

	String industryCode();

	String address();

	String postcode();

	String legalRepresentative();

	Integer headcount();

	BigDecimal annualOutput();

	String contactPerson();

	String contactTitle();

	String contactMobile();

	String contactEmail();

	default UnitDetails toDetails() {
		return new UnitDetails(trim(name()), unitTypeCode(), industryCode(), trim(address()), trim(postcode()),
				trim(legalRepresentative()), headcount() == null ? 0 : headcount(), annualOutput(),
				trim(contactPerson()), trim(contactTitle()), trim(contactMobile()), trim(contactEmail()));
	}

	private static String trim(String value) {
		return value == null ? null : value.strip();
	}
}
