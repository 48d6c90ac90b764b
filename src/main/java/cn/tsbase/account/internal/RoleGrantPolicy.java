package cn.tsbase.account.internal;

import java.util.Set;

import cn.tsbase.account.AccountKind;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.security.Role;

/** Which roles an account may hold together (三权分立) and which roles fit which account. */
final class RoleGrantPolicy {

	private RoleGrantPolicy() {
	}

	static void check(UserAccount account, Set<Role> roles) {
		long administratorRoles = roles.stream().filter(Role::isAdministrator).count();
		if (administratorRoles > 0 && roles.size() > 1) {
			throw refused("role.rule.administratorAlone");
		}
		for (Role role : roles) {
			checkFits(account, role);
		}
	}

	private static void checkFits(UserAccount account, Role role) {
		boolean unitAccount = account.getKind() == AccountKind.UNIT;
		if (Role.UNIT_ROLES.contains(role) != unitAccount) {
			throw refused(unitAccount ? "role.rule.unitAccountUnitRolesOnly" : "role.rule.unitRoleNeedsUnitAccount");
		}
		if (role == Role.EXPERT && account.getKind() != AccountKind.EXPERT) {
			throw refused("role.rule.expertRoleNeedsExpertAccount");
		}
		if (account.getKind() == AccountKind.EXPERT && role != Role.EXPERT) {
			throw refused("role.rule.expertAccountExpertRoleOnly");
		}
		if (Role.DISTRICT_ROLES.contains(role) && account.getDistrictCode() == null) {
			throw refused("role.rule.districtRoleNeedsDistrict");
		}
		if (role == Role.MUNICIPAL_OFFICER && account.getDistrictCode() != null) {
			throw refused("role.rule.municipalRoleNoDistrict");
		}
	}

	private static StateConflictException refused(String key) {
		return new StateConflictException(key, "Role grant refused: " + key);
	}
}
