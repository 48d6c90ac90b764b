package cn.tsbase.account;

import java.time.Instant;
import java.util.Set;

import cn.tsbase.shared.security.Role;

/**
 * An account as the administrators' pages show it (never its password or second factor): the one mapping of the
 * entity that leaves the module.
 *
 * @param awaitingActivation whether its owner has not yet set a password with the activation link (ADR 0016)
 */
public record AccountView(long id, String username, String displayName, String email, String mobile,
		AccountKind kind, String districtCode, Long unitId, boolean enabled, boolean awaitingActivation,
		Instant lockedUntil, Instant createdAt, Instant lastLoginAt, Set<Role> roles, long version) {
}
