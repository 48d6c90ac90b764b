package cn.tsbase.account.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.SecondFactorStatus;
import cn.tsbase.shared.security.TsbaseSecurityProperties;

/** Throttling bookkeeping (per account and source) and the audit of logins, failures and logouts. */
@Component
class LoginEvents {

	private static final int MAX_NAME = 64;

	private final UserAccountRepository accounts;
	private final TsbaseSecurityProperties properties;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final LoginThrottle throttle;
	private final Clock clock;

	LoginEvents(UserAccountRepository accounts, TsbaseSecurityProperties properties, AuditLog audit,
			PlatformTransactionManager transactionManager, LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.properties = properties;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		Instant now = clock.instant();
		boolean codeToFollow = event.getAuthentication().getPrincipal() instanceof CurrentUser user
				&& user.getSecondFactor() == SecondFactorStatus.CHALLENGE;
		transactions.executeWithoutResult(status -> {
			if (!codeToFollow) {
				// with a second factor to come, failures are cleared only once its code is given
				accounts.findForUpdateByUsername(username).ifPresent(account -> account.recordSuccessfulLogin(now));
				throttle.recordSuccess(username, ClientAddress.current(), now);
			}
			audit.record(username, "LOGIN_SUCCESS", "UserAccount", username, AuditOutcome.SUCCESS,
					codeToFollow ? "password; second factor pending" : null);
		});
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = truncate(event.getAuthentication().getName());
		Instant now = clock.instant();
		String reason = event.getException().getClass().getSimpleName();
		String source = ClientAddress.current();
		transactions.executeWithoutResult(status -> {
			// unknown usernames count too: spraying shows across names that exist and names that do not
			boolean locked = event instanceof AuthenticationFailureBadCredentialsEvent
					&& throttle.recordFailure(username, source, now);
			audit.record(username, "LOGIN_FAILURE", "UserAccount", username, AuditOutcome.FAILURE, reason);
			if (locked) {
				audit.record(username, "ACCOUNT_LOCKED", "UserAccount", username, AuditOutcome.SUCCESS,
						"from source " + source + " for " + properties.lockoutDuration());
			}
		});
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, "LOGOUT", "UserAccount", username, AuditOutcome.SUCCESS, null);
	}

	private static String truncate(String name) {
		if (name == null) {
			return "";
		}
		return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
	}
}
