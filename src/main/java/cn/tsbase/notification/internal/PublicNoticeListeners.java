package cn.tsbase.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.publicnotice.ObjectionFiled;
import cn.tsbase.publicnotice.ObjectionFindingsRecorded;
import cn.tsbase.publicnotice.ObjectionVerificationRequested;
import cn.tsbase.shared.security.Role;

/**
 * The public notice's notifications: the municipal bureau hears of a new objection and of a district's findings, a
 * district of an objection it is asked to verify, and each published unit that it is now a demonstration base. The
 * objector's personal data never travels in a notification.
 */
@Component
class PublicNoticeListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	PublicNoticeListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "objection-filed")
	void on(ObjectionFiled event) {
		notifications.send(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null),
				NotificationMessage.of(NotificationKind.OBJECTION_FILED,
						"/notices/" + event.noticeId() + "/objections/" + event.objectionId(), event.targetUnitName(),
						event.receiptNo()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "objection-verification-requested")
	void on(ObjectionVerificationRequested event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.OBJECTION_VERIFICATION_REQUESTED,
						"/verifications/" + event.objectionId(), event.targetUnitName(), event.receiptNo()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "objection-findings-recorded")
	void on(ObjectionFindingsRecorded event) {
		notifications.send(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null),
				NotificationMessage.of(NotificationKind.OBJECTION_FINDINGS_RECORDED,
						"/notices/" + event.noticeId() + "/objections/" + event.objectionId(), event.targetUnitName(),
						event.receiptNo()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "list-published")
	void on(ListPublished event) {
		for (ListPublished.Entry entry : event.entries()) {
			notifications.send(accounts.ofUnit(entry.unitId()), NotificationMessage.of(NotificationKind.BASE_DESIGNATED,
					"/unit/base", entry.unitName(), event.documentNumber(), String.valueOf(event.batchYear())));
		}
	}
}
