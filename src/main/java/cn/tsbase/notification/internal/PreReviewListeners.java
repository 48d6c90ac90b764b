package cn.tsbase.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.selection.PreReviewFailed;
import cn.tsbase.shared.security.Role;

/**
 * The written pre-review's notifications: when a declaration fails (a veto item, or the officer's decision), its unit
 * and the district that recommended it are told, with the reason.
 */
@Component
class PreReviewListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	PreReviewListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "pre-review-failed")
	void on(PreReviewFailed event) {
		String reason = event.reason() == null ? "" : event.reason().strip();
		notifications.send(accounts.ofUnit(event.unitId()), NotificationMessage.of(NotificationKind.PRE_REVIEW_FAILED,
				"/declarations/" + event.declarationId(), event.unitName(), reason));
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.PRE_REVIEW_FAILED_DISTRICT,
						"/review/declarations/" + event.declarationId(), event.unitName(), reason));
	}
}
