package cn.tsbase.notification.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.Recipient;
import cn.tsbase.guidance.CultivationInvited;
import cn.tsbase.guidance.FollowUpReopened;
import cn.tsbase.guidance.FollowUpReported;
import cn.tsbase.guidance.GuidanceRequestAssigned;
import cn.tsbase.guidance.GuidanceRequested;
import cn.tsbase.guidance.GuidanceVisitRecorded;
import cn.tsbase.shared.security.Role;

/**
 * Guidance notifications: the district hears of a request; the unit and the officer of its assignment; the unit of a
 * visit record to confirm and of a reopened recommendation; the officer of a recommendation reported done. Each links
 * to the page to act on.
 */
@Component
class GuidanceListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	GuidanceListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "guidance-requested")
	void on(GuidanceRequested event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.GUIDANCE_REQUESTED, "/guidance/requests/" + event.requestId(),
						event.unitName()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "guidance-request-assigned")
	void on(GuidanceRequestAssigned event) {
		List<Recipient> recipients = new java.util.ArrayList<>(accounts.ofUnit(event.unitId()));
		accounts.recipientOf(event.officerAccountId()).ifPresent(recipients::add);
		notifications.send(recipients,
				NotificationMessage.of(NotificationKind.GUIDANCE_REQUEST_ASSIGNED,
						"/guidance/requests/" + event.requestId(), event.unitName(), event.officerName(),
						String.valueOf(event.plannedOn())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "guidance-visit-recorded")
	void on(GuidanceVisitRecorded event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.GUIDANCE_VISIT_RECORDED, "/guidance/visits/" + event.visitId(),
						event.officerName(), String.valueOf(event.visitedOn()),
						String.valueOf(event.recommendations())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "follow-up-reported")
	void on(FollowUpReported event) {
		notifications.send(accounts.recipientOf(event.officerAccountId()).stream().toList(),
				NotificationMessage.of(NotificationKind.FOLLOW_UP_REPORTED, "/guidance/visits/" + event.visitId(),
						event.unitName()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "follow-up-reopened")
	void on(FollowUpReopened event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.FOLLOW_UP_REOPENED, "/guidance/visits/" + event.visitId(),
						event.note()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "cultivation-invited")
	void on(CultivationInvited event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.CULTIVATION_INVITED, "/calls/" + event.callId(),
						event.unitName(), event.callTitle()));
	}
}
