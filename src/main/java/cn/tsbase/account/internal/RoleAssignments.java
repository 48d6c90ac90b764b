package cn.tsbase.account.internal;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;

/**
 * The security administrator's role grants (角色授权): nobody changes their own roles; every grant and revocation is
 * audited, and the account's live sessions end so that its new roles apply at once.
 */
@Service
public class RoleAssignments {

	private final UserAccountRepository accounts;
	private final SessionTerminator sessions;
	private final AuditLog audit;

	RoleAssignments(UserAccountRepository accounts, SessionTerminator sessions, AuditLog audit) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.audit = audit;
	}

	@Transactional
	public void assignRoles(long id, long expectedVersion, Set<Role> roles, String actingUsername) {
		UserAccount account = accounts.loadForChange(id, expectedVersion);
		if (account.getUsername().equals(actingUsername)) {
			throw new StateConflictException("role.rule.notOwnRoles", "Own roles cannot be changed");
		}
		Set<Role> before = account.getRoles();
		account.assignRoles(roles);
		accounts.flush();
		int ended = sessions.endAll(account.getUsername());
		for (Role role : roles) {
			if (!before.contains(role)) {
				audit.record("ROLE_GRANTED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
						role.name());
			}
		}
		for (Role role : before) {
			if (!roles.contains(role)) {
				audit.record("ROLE_REVOKED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
						role.name());
			}
		}
		if (ended > 0) {
			audit.record("SESSIONS_ENDED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
					"after role change: " + ended);
		}
	}
}
