package cn.tsbase.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.evaluation.PilotProgressReportDecided;
import cn.tsbase.evaluation.PilotProgressReportDue;
import cn.tsbase.evaluation.PilotProgressReportSubmitted;
import cn.tsbase.evaluation.PilotStageRecorded;
import cn.tsbase.shared.security.Role;

/**
 * National pilot notifications: the district hears of each stage of its pilot, of the bureau's decision on its
 * progress report and of a report due this month; the municipal bureau of a report to review. Each links to the
 * district's pilot page.
 */
@Component
class PilotListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	PilotListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "pilot-stage-recorded")
	void on(PilotStageRecorded event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()), NotificationMessage.of(
				NotificationKind.PILOT_STAGE_RECORDED, pilot(event.pilotId()), event.on().toString(),
				event.documentNumber()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "pilot-progress-submitted")
	void on(PilotProgressReportSubmitted event) {
		notifications.send(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null), NotificationMessage.of(
				NotificationKind.PILOT_PROGRESS_SUBMITTED, pilot(event.pilotId()), String.valueOf(event.year()),
				String.valueOf(event.half())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "pilot-progress-decided")
	void on(PilotProgressReportDecided event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()), event.accepted()
				? NotificationMessage.of(NotificationKind.PILOT_PROGRESS_ACCEPTED, pilot(event.pilotId()),
						String.valueOf(event.year()), String.valueOf(event.half()))
				: NotificationMessage.of(NotificationKind.PILOT_PROGRESS_RETURNED, pilot(event.pilotId()),
						String.valueOf(event.year()), String.valueOf(event.half()), event.reason()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "pilot-progress-due")
	void on(PilotProgressReportDue event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()), NotificationMessage.of(
				NotificationKind.PILOT_PROGRESS_DUE, pilot(event.pilotId()), String.valueOf(event.year()),
				String.valueOf(event.half())));
	}

	private static String pilot(long id) {
		return "/evaluation/pilots/" + id;
	}
}
