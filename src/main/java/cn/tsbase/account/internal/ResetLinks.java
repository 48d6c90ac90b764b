package cn.tsbase.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.account.AccountKind;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;

/**
 * The one-time links of {@link PasswordResets} and {@link AccountActivations} and their mail: a link is issued (only
 * its hash is stored; a newer link replaces every earlier one of the account) in a transaction of its own, then
 * mailed to the address on the account; a link whose mail failed is spent at once. Reset links are valid {@code
 * tsbase.security.password-reset.link-validity} (30 minutes by default), activation links {@code
 * tsbase.security.account-activation.link-validity} (24 hours). Every link issued or not mailed is audited.
 */
@Component
class ResetLinks {

	private static final int TOKEN_BYTES = 32;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository accounts;
	private final PasswordResetTokenRepository tokens;
	private final ResetLinkMail mail;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Duration validity;
	private final Duration activationValidity;

	ResetLinks(UserAccountRepository accounts, PasswordResetTokenRepository tokens, ResetLinkMail mail,
			AuditLog audit, PlatformTransactionManager transactionManager, Clock clock,
			@Value("${tsbase.security.password-reset.link-validity:30m}") Duration validity,
			@Value("${tsbase.security.account-activation.link-validity:24h}") Duration activationValidity) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.validity = validity;
		this.activationValidity = activationValidity;
	}

	/** What a link is for: the owner's first password, or a new one. */
	enum Purpose {

		ACTIVATION("account.activation.mail.subject", "account.activation.mail.body"),
		RESET("account.reset.mail.subject", "account.reset.mail.body");

		final String subjectKey;
		final String bodyKey;

		Purpose(String subjectKey, String bodyKey) {
			this.subjectKey = subjectKey;
			this.bodyKey = bodyKey;
		}
	}

	record Issued(long tokenId, String username, String displayName, String email, Purpose purpose) {
	}

	/**
	 * Issues a link of the account in a transaction of its own. A unit's people and administrators are refused, as
	 * is an account without an address or a platform without a mail server.
	 *
	 * @param requested the purpose; {@code null}: activation for an account never activated, else a reset
	 */
	Issued issue(long accountId, long expectedVersion, String tokenHash, Purpose requested) {
		return transactions.execute(status -> issueInTransaction(accountId, expectedVersion, tokenHash, requested));
	}

	private Issued issueInTransaction(long accountId, long expectedVersion, String tokenHash, Purpose requested) {
		UserAccount account = accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("Account " + accountId));
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, accountId);
		}
		Purpose purpose = requested != null ? requested
				: account.isAwaitingActivation() ? Purpose.ACTIVATION : Purpose.RESET;
		if (account.getKind() == AccountKind.UNIT) {
			throw new StateConflictException("account.resetUnitRefused", "Unit account reset refused");
		}
		if (account.getRoles().stream().anyMatch(Role::isAdministrator)) {
			throw new StateConflictException("account.resetAdministratorRefused", "Administrator reset refused");
		}
		if (account.getEmail() == null || account.getEmail().isBlank()) {
			throw new StateConflictException("account.reset.noEmail", "No e-mail address on the account");
		}
		mail.checkDeliverable();
		Instant now = clock.instant();
		// a newer link replaces every earlier one
		tokens.findUnusedOf(accountId).forEach(earlier -> earlier.spend(now));
		Duration valid = purpose == Purpose.ACTIVATION ? activationValidity : validity;
		PasswordResetToken issued = tokens.save(new PasswordResetToken(accountId, tokenHash, actingUsername(),
				now, now.plus(valid)));
		tokens.flush();
		audit.record(purpose == Purpose.ACTIVATION ? "ACCOUNT_ACTIVATION_SENT" : "PASSWORD_RESET_REQUESTED",
				"UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
				"link to the account's e-mail, valid " + valid.toMinutes() + " min");
		return new Issued(issued.getId(), account.getUsername(), account.getDisplayName(), account.getEmail().strip(),
				purpose);
	}

	/**
	 * Mails the link to the address on the account.
	 *
	 * @throws StateConflictException when the mail server does not take the mail; the link is spent then
	 */
	void send(Issued issued, String token, String baseUrl) {
		String link = stripTrailingSlash(baseUrl) + "/password-reset?token=" + token;
		try {
			if (issued.purpose() == Purpose.ACTIVATION) {
				mail.send(issued.email(), issued.displayName(), issued.purpose().subjectKey,
						issued.purpose().bodyKey, link, activationValidity.toHours(), issued.username());
			}
			else {
				mail.send(issued.email(), issued.displayName(), issued.purpose().subjectKey,
						issued.purpose().bodyKey, link, validity.toMinutes(), issued.username());
			}
		}
		catch (MailException | StateConflictException failed) {
			transactions.executeWithoutResult(status -> {
				tokens.findById(issued.tokenId()).ifPresent(t -> t.spend(clock.instant()));
				audit.record(issued.purpose() == Purpose.ACTIVATION ? "ACCOUNT_ACTIVATION_SENT"
						: "PASSWORD_RESET_REQUESTED", "UserAccount", issued.username(), AuditOutcome.FAILURE,
						"mail not sent");
			});
			throw new StateConflictException("account.reset.mailFailed", "Reset mail not sent");
		}
	}

	private static String actingUsername() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication == null ? AuditLog.ANONYMOUS : authentication.getName();
	}

	/** {@code w***@example.com}: enough for the administrator to tell the owner where to look. */
	static String maskEmail(String email) {
		int at = email.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}

	static String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		SM3Digest digest = new SM3Digest();
		byte[] input = token.getBytes(StandardCharsets.US_ASCII);
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
