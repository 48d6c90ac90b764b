package cn.tsbase.account.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.FieldProblem;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.TsbaseSecurityProperties;

/** Password changes: the policy, no reuse of the last few passwords, and the end of the account's other sessions. */
@Service
public class PasswordService {

	private final UserAccountRepository accounts;
	private final PasswordHistoryRepository history;
	private final PasswordEncoder encoder;
	private final SessionTerminator sessions;
	private final TsbaseSecurityProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	PasswordService(UserAccountRepository accounts, PasswordHistoryRepository history, PasswordEncoder encoder,
			SessionTerminator sessions, TsbaseSecurityProperties properties, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.history = history;
		this.encoder = encoder;
		this.sessions = sessions;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Changes the password of the named account, ending every other session of it.
	 *
	 * @return the problems that prevented the change; empty when it was made
	 */
	@Transactional
	public List<FieldProblem> change(String username, String currentPassword, String newPassword,
			String currentSessionId) {
		UserAccount account = accounts.findForUpdateByUsername(username)
			.orElseThrow(() -> new NotFoundException("Account " + username));
		List<FieldProblem> problems = new ArrayList<>();
		if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
			problems.add(new FieldProblem("currentPassword", "password.current.wrong"));
		}
		PasswordPolicy.violations(newPassword, username)
			.forEach(key -> problems.add(new FieldProblem("newPassword", key)));
		if (problems.isEmpty() && isRecent(account, newPassword)) {
			problems.add(new FieldProblem("newPassword", "password.rule.reused", properties.passwordHistory()));
		}
		if (!problems.isEmpty()) {
			audit.record(username, "PASSWORD_CHANGE", "UserAccount", username, AuditOutcome.FAILURE,
					problems.stream().map(FieldProblem::messageKey).toList().toString());
			return problems;
		}
		account.changePassword(encoder.encode(newPassword), clock.instant());
		accounts.flush();
		remember(account);
		int ended = sessions.endAllExcept(username, currentSessionId);
		audit.record(username, "PASSWORD_CHANGE", "UserAccount", username, AuditOutcome.SUCCESS,
				"other sessions ended: " + ended);
		return List.of();
	}

	/**
	 * The owner sets a new password through a reset link: the policy and the history apply as for a change, and every
	 * session of the account ends. Runs in the caller's transaction.
	 *
	 * @return the problems that prevented it; empty when the password was set
	 */
	List<FieldProblem> setThroughResetLink(UserAccount account, String newPassword) {
		List<FieldProblem> problems = new ArrayList<>();
		PasswordPolicy.violations(newPassword, account.getUsername())
			.forEach(key -> problems.add(new FieldProblem("newPassword", key)));
		if (problems.isEmpty() && isRecent(account, newPassword)) {
			problems.add(new FieldProblem("newPassword", "password.rule.reused", properties.passwordHistory()));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		account.changePassword(encoder.encode(newPassword), clock.instant());
		accounts.flush();
		remember(account);
		int ended = sessions.endAll(account.getUsername());
		audit.record(account.getUsername(), "PASSWORD_RESET_COMPLETED", "UserAccount", account.getUsername(),
				AuditOutcome.SUCCESS, "sessions ended: " + ended);
		return List.of();
	}

	private boolean isRecent(UserAccount account, String newPassword) {
		if (encoder.matches(newPassword, account.getPasswordHash())) {
			return true;
		}
		return history.findByUserIdOrderByChangedAtDesc(account.getId(), Limit.of(properties.passwordHistory()))
			.stream()
			.anyMatch(entry -> encoder.matches(newPassword, entry.getPasswordHash()));
	}

	void remember(UserAccount account) {
		history.save(new PasswordHistoryEntry(account.getId(), account.getPasswordHash(), clock.instant()));
	}
}
