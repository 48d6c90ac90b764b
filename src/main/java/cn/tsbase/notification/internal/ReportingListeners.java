package cn.tsbase.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.reporting.EscalationAnswered;
import cn.tsbase.reporting.EscalationRaised;
import cn.tsbase.reporting.SummaryReportAccepted;
import cn.tsbase.reporting.SummaryReportFoundDue;
import cn.tsbase.reporting.SummaryReportReturned;
import cn.tsbase.reporting.SummaryReportSubmitted;
import cn.tsbase.shared.security.Role;

/**
 * Annual summaries' and escalations' notifications: the municipal bureau hears of a submitted summary and of a raised
 * problem, the district's officers of the bureau's decision and answer. Each links to the page to act on.
 */
@Component
class ReportingListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	ReportingListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "summary-report-submitted")
	void on(SummaryReportSubmitted event) {
		notifications.send(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null),
				NotificationMessage.of(NotificationKind.SUMMARY_REPORT_SUBMITTED, summaryLink(event.reportId()),
						event.districtName(), String.valueOf(event.year())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "summary-report-returned")
	void on(SummaryReportReturned event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.SUMMARY_REPORT_RETURNED, summaryLink(event.reportId()),
						String.valueOf(event.year()), event.reason()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "summary-report-accepted")
	void on(SummaryReportAccepted event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.SUMMARY_REPORT_ACCEPTED, summaryLink(event.reportId()),
						String.valueOf(event.year())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "summary-report-found-due")
	void on(SummaryReportFoundDue event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(
						event.overdue() ? NotificationKind.SUMMARY_REPORT_OVERDUE : NotificationKind.SUMMARY_REPORT_DUE,
						event.link(), String.valueOf(event.year()), event.dueOn().toString()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "escalation-raised")
	void on(EscalationRaised event) {
		notifications.send(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null),
				NotificationMessage.of(NotificationKind.ESCALATION_RAISED, escalationLink(event.escalationId()),
						event.districtName(), event.title()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "escalation-answered")
	void on(EscalationAnswered event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.ESCALATION_ANSWERED, escalationLink(event.escalationId()),
						event.title()));
	}

	private static String summaryLink(long id) {
		return "/reporting/summaries/" + id;
	}

	private static String escalationLink(long id) {
		return "/reporting/escalations/" + id;
	}
}
