package cn.tsbase.operation.internal;

import java.util.EnumSet;
import java.util.Set;

import cn.tsbase.declaration.BaseType;

/**
 * Which standards a profile leaves without their required content (the platform's own defaults, docs/adr): the
 * leadership body needs its head, the head's title, members and committed funding; the office its department, address
 * and at least one staff member; the rules their list and the leak-incident emergency procedure, and for a zone the
 * members' rules; the annual plan an accepted plan of the year; the liaison mechanism a confirmed officer with a
 * phone number.
 */
final class StandardCompleteness {

	private StandardCompleteness() {
	}

	static Set<Standard> missing(BaseProfile profile, int year) {
		Set<Standard> missing = EnumSet.noneOf(Standard.class);
		ProfileParts.Leadership leadership = profile.leadership();
		if (anyBlank(leadership.head(), leadership.headTitle(), leadership.members(), leadership.funding())) {
			missing.add(Standard.LEADERSHIP);
		}
		ProfileParts.Office office = profile.office();
		int staff = zeroIfNull(office.fullTimeStaff()) + zeroIfNull(office.partTimeStaff());
		if (anyBlank(office.department(), office.address()) || staff < 1) {
			missing.add(Standard.OFFICE);
		}
		ProfileParts.Rules rules = profile.rules();
		if (anyBlank(rules.rulesList(), rules.emergencyProcedure())
				|| (profile.getBaseType() == BaseType.ZONE && ProfileParts.blank(rules.memberRules()))) {
			missing.add(Standard.RULES);
		}
		if (profile.getAcceptedPlanYear() == null || profile.getAcceptedPlanYear() < year) {
			missing.add(Standard.ANNUAL_PLAN);
		}
		ProfileParts.Liaison liaison = profile.liaison();
		if (anyBlank(liaison.name(), liaison.phone())) {
			missing.add(Standard.LIAISON);
		}
		return missing;
	}

	private static boolean anyBlank(String... values) {
		for (String value : values) {
			if (ProfileParts.blank(value)) {
				return true;
			}
		}
		return false;
	}

	private static int zeroIfNull(Integer value) {
		return value == null ? 0 : value;
	}
}
