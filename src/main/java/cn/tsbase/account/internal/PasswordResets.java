package cn.tsbase.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.account.AccountKind;
import cn.tsbase.account.FieldProblem;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;

/**
 * Password resets without anybody but the owner knowing the password (三权分立): the system administrator asks for a
 * reset, the platform mails a one-time link to the address on the account, and the owner sets the new password
 * there. The current password keeps working until then, so a reset cannot lock anyone out; setting the password ends
 * every session of the account. Every step is audited.
 *
 * <p>
 * New official and expert accounts are activated the same way (ADR 0016): the account is created without a password
 * anybody knows, and its owner receives an activation link (one-time, valid {@code
 * tsbase.security.account-activation.link-validity}, 24 hours by default) with which they set the first password. A
 * link asked for an account that was never activated is an activation link too.
 */
@Service
public class PasswordResets {

	private static final int TOKEN_BYTES = 32;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository accounts;
	private final PasswordResetTokenRepository tokens;
	private final PasswordService passwords;
	private final ResetLinkMail mail;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Duration validity;
	private final Duration activationValidity;
	private final String baseUrl;

	PasswordResets(UserAccountRepository accounts, PasswordResetTokenRepository tokens, PasswordService passwords,
			ResetLinkMail mail, AuditLog audit, PlatformTransactionManager transactionManager, Clock clock,
			@Value("${tsbase.security.password-reset.link-validity:30m}") Duration validity,
			@Value("${tsbase.security.account-activation.link-validity:24h}") Duration activationValidity,
			@Value("${tsbase.mail.base-url:}") String baseUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.mail = mail;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.validity = validity;
		this.activationValidity = activationValidity;
		this.baseUrl = baseUrl;
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

	/**
	 * Where the activation link of a new account went (the address masked), or why none could be sent (a message
	 * key); never the link nor a password. An account without a link keeps no usable password until the system
	 * administrator sends one (the reset action) once the reason is gone.
	 */
	public record ActivationLink(String username, String maskedEmail, String problemKey) {

		public boolean sent() {
			return problemKey == null;
		}
	}

	/** What the administrator is told: where the link went, masked. Never the link nor a password. */
	public record ResetRequested(String username, String maskedEmail) {
	}

	private record Issued(long tokenId, String username, String displayName, String email, Purpose purpose) {
	}

	/**
	 * The system administrator asks for a reset of an official's or expert's password; the link goes to the address
	 * on the account. A unit's people and administrators are refused, as is an account without an address.
	 *
	 * @param baseUrl the platform's address as the owner reaches it, e.g. {@code https://tsbase.example.gov.cn}
	 * @throws StateConflictException when the reset is refused or the mail server does not take the mail
	 */
	public ResetRequested request(long accountId, long expectedVersion, String baseUrl) {
		String token = newToken();
		Issued issued = transactions.execute(status -> issue(accountId, expectedVersion, hash(token), null));
		send(issued, token, baseUrl);
		return new ResetRequested(issued.username(), maskEmail(issued.email()));
	}

	/**
	 * Sends a new official's or expert's account its activation link, right after it was created: to the address on
	 * the account, at the platform's configured address ({@code tsbase.mail.base-url}) or the one of the current
	 * request. Joins the caller's transaction. Never throws for a missing address or mail server: the answer says
	 * why no link went out.
	 */
	public ActivationLink sendActivation(long accountId) {
		UserAccount account = accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("Account " + accountId));
		// checked first: a refusal thrown inside the caller's transaction would roll the new account back
		String problem = account.getEmail() == null || account.getEmail().isBlank() ? "account.reset.noEmail"
				: !mail.isDeliverable() ? "account.reset.noMail" : null;
		if (problem != null) {
			audit.record("ACCOUNT_ACTIVATION_SENT", "UserAccount", account.getUsername(), AuditOutcome.FAILURE,
					problem.equals("account.reset.noEmail") ? "no e-mail address" : "no mail server");
			return new ActivationLink(account.getUsername(), null, problem);
		}
		String platform;
		try {
			platform = platformUrl();
		}
		catch (StateConflictException noAddress) {
			audit.record("ACCOUNT_ACTIVATION_SENT", "UserAccount", account.getUsername(), AuditOutcome.FAILURE,
					"no platform address for links");
			return new ActivationLink(account.getUsername(), null, noAddress.messageKey());
		}
		String token = newToken();
		Issued issued = transactions.execute(status -> issue(accountId, account.getVersion(), hash(token),
				Purpose.ACTIVATION));
		try {
			send(issued, token, platform);
		}
		catch (StateConflictException failed) {
			return new ActivationLink(account.getUsername(), maskEmail(issued.email()), failed.messageKey());
		}
		return new ActivationLink(account.getUsername(), maskEmail(issued.email()), null);
	}

	private void send(Issued issued, String token, String baseUrl) {
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

	/** The configured address of the platform, or the one the current request reached it by. */
	private String platformUrl() {
		if (baseUrl != null && !baseUrl.isBlank()) {
			return baseUrl;
		}
		if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() != null) {
			return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
				.build()
				.toUriString();
		}
		throw new StateConflictException("account.activation.noBaseUrl", "tsbase.mail.base-url is not set");
	}

	private Issued issue(long accountId, long expectedVersion, String tokenHash, Purpose requested) {
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
				: tokens.findForUpdateByTokenHash(hash(token));
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
		return token == null || token.isBlank() ? Optional.empty() : tokens.findByTokenHash(hash(token));
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

	private static String newToken() {
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
