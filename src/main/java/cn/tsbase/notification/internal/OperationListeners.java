package cn.tsbase.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.operation.AnnualPlanAccepted;
import cn.tsbase.operation.AnnualPlanReturned;
import cn.tsbase.operation.AnnualPlanSubmitted;
import cn.tsbase.operation.LiaisonChangeRequested;
import cn.tsbase.shared.security.Role;

/**
 * Operation management's notifications: the district officers hear of a submitted plan and of a liaison change to
 * confirm, the unit's people of a returned or accepted plan; each links to the page to act on.
 */
@Component
class OperationListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	OperationListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "annual-plan-submitted")
	void on(AnnualPlanSubmitted event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.ANNUAL_PLAN_SUBMITTED, planLink(event.baseId(), event.year()),
						event.unitName(), String.valueOf(event.year()), String.valueOf(event.submittedVersion())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "annual-plan-returned")
	void on(AnnualPlanReturned event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.ANNUAL_PLAN_RETURNED, planLink(event.baseId(), event.year()),
						event.unitName(), String.valueOf(event.year()), event.reason()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "annual-plan-accepted")
	void on(AnnualPlanAccepted event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.ANNUAL_PLAN_ACCEPTED, planLink(event.baseId(), event.year()),
						event.unitName(), String.valueOf(event.year())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "liaison-change-requested")
	void on(LiaisonChangeRequested event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.LIAISON_CHANGE_REQUESTED, "/operation/bases/" + event.baseId(),
						event.unitName()));
	}

	private static String planLink(long baseId, int year) {
		return "/operation/bases/" + baseId + "/plans/" + year;
	}
}
