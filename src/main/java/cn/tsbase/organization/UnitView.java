package cn.tsbase.organization;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit as the registry, its profile pages and the JSON API show it: the one mapping of the entity that leaves the
 * module.
 */
public record UnitView(long id, String name, String uscc, String unitTypeCode, String industryCode,
		String districtCode, String address, String postcode, String legalRepresentative, int headcount,
		BigDecimal annualOutput, String contactPerson, String contactTitle, String contactMobile, String contactEmail,
		Instant registeredAt, Instant updatedAt, long version) {
}
