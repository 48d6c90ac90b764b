package cn.tsbase.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.FieldProblem;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Password resets without anybody but the owner knowing the password (三权分立): the system administrator asks for a
 * reset, the platform mails a one-time link to the address on the account ({@link ResetLinks}), and the owner sets
 * the new password there. The current password keeps working until then, so a reset cannot lock anyone out; setting
 * the password ends every session of the account. Every step is audited. New accounts set their first password with
 * an activation link the same way ({@link AccountActivations}).
 */
@Service
public class PasswordResets {

	private final ResetLinks links;
	private final UserAccountRepository accounts;
	private final PasswordResetTokenRepository tokens;
	private final PasswordService passwords;
	private final AuditLog audit;
	private final Clock clock;

	PasswordResets(ResetLinks links, UserAccountRepository accounts, PasswordResetTokenRepository tokens,
			PasswordService passwords, AuditLog audit, Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the administrator is told: where the link went, masked. Never the link nor a password. */
	public record ResetRequested(String username, String maskedEmail) {
	}

	/**
	 * The system administrator asks for a reset of an official's or expert's password; the link goes to the address
	 * on the account. A unit's people and administrators are refused, as is an account without an address. For an
	 * account never activated the link is an activation link.
	 *
	 * @param baseUrl the platform's address as the owner reaches it, e.g. {@code https://tsbase.example.gov.cn}
	 * @throws StateConflictException when the reset is refused or the mail server does not take the mail
	 */
	public ResetRequested request(long accountId, long expectedVersion, String baseUrl) {
		String token = ResetLinks.newToken();
		ResetLinks.Issued issued = links.issue(accountId, expectedVersion, ResetLinks.hash(token), null);
		links.send(issued, token, baseUrl);
		return new ResetRequested(issued.username(), ResetLinks.maskEmail(issued.email()));
	}

	/** The username a link would reset, while the link works; empty for a wrong, used or expired link. */
	@Transactional(readOnly = true)
	public Optional<String> usernameFor(String token) {
		Instant now = clock.instant();
		return lookUp(token).filter(t -> t.isUsable(now))
			.flatMap(t -> accounts.findById(t.getUserId()))
			.filter(UserAccount::isEnabled)
			.map(UserAccount::getUsername);
	}

	/** The outcome of setting a password through a link. */
	public record Outcome(boolean linkValid, List<FieldProblem> problems) {

		public boolean done() {
			return linkValid && problems.isEmpty();
		}
	}

	/**
	 * The owner sets a new password with the link. The link is spent when the password is set; a password the policy
	 * refuses leaves it usable (until it expires) for another try.
	 */
	@Transactional
	public Outcome complete(String token, String newPassword) {
		Instant now = clock.instant();
		Optional<PasswordResetToken> found = token == null || token.isBlank() ? Optional.empty()
				: tokens.findForUpdateByTokenHash(ResetLinks.hash(token));
		if (found.isEmpty() || !found.get().isUsable(now)) {
			audit.record(AuditLog.ANONYMOUS, "PASSWORD_RESET_COMPLETED", "PasswordResetToken",
					found.map(t -> "of account " + t.getUserId()).orElse("unknown"), AuditOutcome.FAILURE,
					found.isEmpty() ? "unknown link" : "used or expired link");
			return new Outcome(false, List.of());
		}
		PasswordResetToken link = found.get();
		UserAccount account = accounts.findById(link.getUserId()).filter(UserAccount::isEnabled).orElse(null);
		if (account == null) {
			return new Outcome(false, List.of());
		}
		List<FieldProblem> problems = passwords.setThroughResetLink(account, newPassword);
		if (problems.isEmpty()) {
			link.spend(now);
		}
		return new Outcome(true, problems);
	}

	private Optional<PasswordResetToken> lookUp(String token) {
		return token == null || token.isBlank() ? Optional.empty()
				: tokens.findByTokenHash(ResetLinks.hash(token));
	}
}
