package cn.tsbase.notification.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.Recipient;
import cn.tsbase.evaluation.RectificationDecided;
import cn.tsbase.evaluation.RectificationIssued;
import cn.tsbase.evaluation.RectificationOverdue;
import cn.tsbase.evaluation.RectificationSubmitted;
import cn.tsbase.evaluation.RevocationDecided;
import cn.tsbase.evaluation.RevocationProposed;
import cn.tsbase.evaluation.RevocationResponded;
import cn.tsbase.evaluation.RevocationTriggerFlagged;
import cn.tsbase.shared.security.Role;

/**
 * Rectification and revocation notifications: the unit hears of an order, the decision on it, a proposed revocation
 * and its decision; the district of a submitted rectification, an overdue one and a decision; the district and the
 * municipal bureau of a flagged ground; the bureau of the unit's response. Each links to the record.
 */
@Component
class RectificationListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	RectificationListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "rectification-issued")
	void on(RectificationIssued event) {
		notifications.send(accounts.ofUnit(event.unitId()), NotificationMessage.of(
				NotificationKind.RECTIFICATION_ISSUED, rectification(event.rectificationId()),
				event.deadline().toString()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "rectification-submitted")
	void on(RectificationSubmitted event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()), NotificationMessage.of(
				NotificationKind.RECTIFICATION_SUBMITTED, rectification(event.rectificationId()), event.unitName()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "rectification-decided")
	void on(RectificationDecided event) {
		NotificationKind kind = switch (event.outcome()) {
			case ACCEPTED -> NotificationKind.RECTIFICATION_ACCEPTED;
			case RETURNED -> NotificationKind.RECTIFICATION_RETURNED;
			case FAILED -> NotificationKind.RECTIFICATION_FAILED;
		};
		notifications.send(accounts.ofUnit(event.unitId()), NotificationMessage.of(kind,
				rectification(event.rectificationId()), event.reason() == null ? "" : event.reason()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "rectification-overdue")
	void on(RectificationOverdue event) {
		List<Recipient> recipients = new ArrayList<>(accounts.ofUnit(event.unitId()));
		recipients.addAll(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()));
		notifications.send(recipients, NotificationMessage.of(NotificationKind.RECTIFICATION_OVERDUE,
				rectification(event.rectificationId()), event.unitName(), event.deadline().toString()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "revocation-trigger-flagged")
	void on(RevocationTriggerFlagged event) {
		List<Recipient> recipients = new ArrayList<>(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()));
		recipients.addAll(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null));
		notifications.send(recipients, NotificationMessage.of(NotificationKind.REVOCATION_TRIGGER_FLAGGED,
				"/evaluation/revocation-triggers", event.unitName()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "revocation-proposed")
	void on(RevocationProposed event) {
		notifications.send(accounts.ofUnit(event.unitId()), NotificationMessage.of(
				NotificationKind.REVOCATION_PROPOSED, revocation(event.revocationId()),
				event.responseDeadline().toString()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "revocation-responded")
	void on(RevocationResponded event) {
		notifications.send(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null), NotificationMessage.of(
				NotificationKind.REVOCATION_RESPONDED, revocation(event.revocationId()), event.unitName()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "revocation-decided")
	void on(RevocationDecided event) {
		List<Recipient> recipients = new ArrayList<>(accounts.ofUnit(event.unitId()));
		recipients.addAll(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()));
		notifications.send(recipients, NotificationMessage.of(NotificationKind.REVOCATION_DECIDED,
				revocation(event.revocationId())));
	}

	private static String rectification(long id) {
		return "/evaluation/rectifications/" + id;
	}

	private static String revocation(long id) {
		return "/evaluation/revocations/" + id;
	}
}
