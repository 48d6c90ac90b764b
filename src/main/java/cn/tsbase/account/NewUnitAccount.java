package cn.tsbase.account;

import cn.tsbase.shared.security.Role;

/**
 * An account of a unit's person, with a password they chose: the first account ({@code APPLICANT}) at registration,
 * or a liaison officer's ({@code LIAISON}).
 */
public record NewUnitAccount(String username, String rawPassword, String displayName, String email, String mobile,
		long unitId, String districtCode, Role role) {

	public NewUnitAccount {
		if (!Role.UNIT_ROLES.contains(role)) {
			throw new IllegalArgumentException("Not a unit role: " + role);
		}
	}

	@Override
	public String toString() {
		return "NewUnitAccount[" + username + ", unit " + unitId + "]";
	}
}
