package cn.tsbase.notification.internal;

import java.util.ArrayList;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.operation.AnnualPlanFoundDue;
import cn.tsbase.operation.LiaisonProblemClosed;
import cn.tsbase.operation.LiaisonProblemForwarded;
import cn.tsbase.operation.LiaisonReportAccepted;
import cn.tsbase.operation.LiaisonReportFoundDue;
import cn.tsbase.operation.LiaisonReportReturned;
import cn.tsbase.operation.LiaisonReportSubmitted;
import cn.tsbase.shared.security.Role;

/**
 * Liaison reports' and plan deadlines' notifications: the district hears of a submitted report and of one overdue,
 * the unit of a returned or accepted report, of a report or plan due soon or overdue and of a problem's answer, the
 * municipal bureau of a forwarded problem. Each links to the page to act on.
 */
@Component
class LiaisonListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	LiaisonListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "liaison-report-submitted")
	void on(LiaisonReportSubmitted event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.LIAISON_REPORT_SUBMITTED,
						reportLink(event.baseId(), event.periodStart()), event.unitName(),
						event.periodStart().toString(), event.periodEnd().toString()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "liaison-report-returned")
	void on(LiaisonReportReturned event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.LIAISON_REPORT_RETURNED,
						reportLink(event.baseId(), event.periodStart()), event.unitName(),
						event.periodStart().toString(), event.periodEnd().toString(), event.reason()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "liaison-report-accepted")
	void on(LiaisonReportAccepted event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.LIAISON_REPORT_ACCEPTED,
						reportLink(event.baseId(), event.periodStart()), event.unitName(),
						event.periodStart().toString(), event.periodEnd().toString()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "liaison-report-found-due")
	void on(LiaisonReportFoundDue event) {
		var recipients = new ArrayList<>(accounts.ofUnit(event.unitId()));
		if (event.overdue()) {
			recipients.addAll(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()));
		}
		notifications.send(recipients,
				NotificationMessage.of(
						event.overdue() ? NotificationKind.LIAISON_REPORT_OVERDUE : NotificationKind.LIAISON_REPORT_DUE,
						reportLink(event.baseId(), event.periodStart()), event.unitName(),
						event.periodStart().toString(), event.periodEnd().toString(), event.dueOn().toString()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "annual-plan-found-due")
	void on(AnnualPlanFoundDue event) {
		var recipients = new ArrayList<>(accounts.ofUnit(event.unitId()));
		if (event.overdue()) {
			recipients.addAll(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()));
		}
		notifications.send(recipients,
				NotificationMessage.of(event.overdue() ? NotificationKind.ANNUAL_PLAN_OVERDUE
						: NotificationKind.ANNUAL_PLAN_DUE, "/operation/bases/" + event.baseId() + "/plans/" + event.year(),
						event.unitName(), String.valueOf(event.year()), event.deadline().toString()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "liaison-problem-forwarded")
	void on(LiaisonProblemForwarded event) {
		notifications.send(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null),
				NotificationMessage.of(NotificationKind.LIAISON_PROBLEM_FORWARDED, "/operation/liaison-problems",
						event.unitName()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "liaison-problem-closed")
	void on(LiaisonProblemClosed event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.LIAISON_PROBLEM_CLOSED,
						reportLink(event.baseId(), event.periodStart()), event.unitName()));
	}

	private static String reportLink(long baseId, java.time.LocalDate periodStart) {
		return "/operation/bases/" + baseId + "/liaison-reports/" + periodStart;
	}
}
