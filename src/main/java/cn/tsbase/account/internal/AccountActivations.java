package cn.tsbase.account.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * The activation of new official and expert accounts (ADR 0016): the account is created without a password anybody
 * knows, and its owner receives an activation link (one-time, valid {@code
 * tsbase.security.account-activation.link-validity}, 24 hours by default) with which they set the first password
 * there ({@link PasswordResets#complete}). A link asked for later for an account that was never activated is an
 * activation link too ({@link PasswordResets#request}).
 */
@Service
public class AccountActivations {

	private final ResetLinks links;
	private final UserAccountRepository accounts;
	private final ResetLinkMail mail;
	private final AuditLog audit;
	private final String baseUrl;

	AccountActivations(ResetLinks links, UserAccountRepository accounts, ResetLinkMail mail, AuditLog audit,
			@Value("${tsbase.mail.base-url:}") String baseUrl) {
		this.links = links;
		this.accounts = accounts;
		this.mail = mail;
		this.audit = audit;
		this.baseUrl = baseUrl;
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
		String token = ResetLinks.newToken();
		ResetLinks.Issued issued = links.issue(accountId, account.getVersion(), ResetLinks.hash(token),
				ResetLinks.Purpose.ACTIVATION);
		try {
			links.send(issued, token, platform);
		}
		catch (StateConflictException failed) {
			return new ActivationLink(account.getUsername(), ResetLinks.maskEmail(issued.email()),
					failed.messageKey());
		}
		return new ActivationLink(account.getUsername(), ResetLinks.maskEmail(issued.email()), null);
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
}
