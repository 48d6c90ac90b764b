package cn.tsbase.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.LoginAttackSuspected;
import cn.tsbase.account.SecondFactorRemovalRequested;
import cn.tsbase.account.SecondFactorRemoved;
import cn.tsbase.shared.security.Role;

/**
 * The security administrators hear of suspected login attacks and of second factor removals waiting for them; a
 * holder hears that their second factor was removed.
 */
@Component
class AccountSecurityListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	AccountSecurityListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "login-attack-suspected")
	void on(LoginAttackSuspected event) {
		String link = event.pattern() == LoginAttackSuspected.Pattern.ACCOUNT
				? "/security/accounts?q=" + java.net.URLEncoder.encode(event.subject(), java.nio.charset.StandardCharsets.UTF_8)
				: "/security/accounts";
		NotificationKind kind = event.pattern() == LoginAttackSuspected.Pattern.ACCOUNT
				? NotificationKind.LOGIN_FAILURES_FROM_MANY_SOURCES : NotificationKind.LOGIN_SPRAYING_FROM_SOURCE;
		notifications.send(accounts.holdersOf(Role.SECURITY_ADMIN, null),
				NotificationMessage.of(kind, link, event.subject(), String.valueOf(event.count())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "second-factor-removal-requested")
	void on(SecondFactorRemovalRequested event) {
		notifications.send(accounts.holdersOf(Role.SECURITY_ADMIN, null), NotificationMessage.of(
				NotificationKind.SECOND_FACTOR_REMOVAL_REQUESTED, "/security/second-factor-removals",
				event.username()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "second-factor-removed")
	void on(SecondFactorRemoved event) {
		accounts.recipientOf(event.accountId())
			.ifPresent(owner -> notifications.send(java.util.List.of(owner),
					NotificationMessage.of(NotificationKind.SECOND_FACTOR_REMOVED, "/account/second-factor")));
	}
}
