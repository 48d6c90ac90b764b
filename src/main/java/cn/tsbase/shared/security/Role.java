package cn.tsbase.shared.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the platform (see DOMAIN.md). The three administrator roles are mutually exclusive with every other
 * role (三权分立).
 */
public enum Role {

	APPLICANT, LIAISON, DISTRICT_OFFICER, IP_OFFICER, GUIDANCE_OFFICER, MUNICIPAL_OFFICER, EXPERT,
	SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN;

	public static final Set<Role> ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

	/** Roles held by people of a unit; granted with the unit's accounts, never to officials. */
	public static final Set<Role> UNIT_ROLES = EnumSet.of(APPLICANT, LIAISON);

	/** Roles that belong to one district and need the account's district. */
	public static final Set<Role> DISTRICT_ROLES = EnumSet.of(DISTRICT_OFFICER, IP_OFFICER, GUIDANCE_OFFICER);

	public boolean isAdministrator() {
		return ADMINISTRATORS.contains(this);
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}
}
