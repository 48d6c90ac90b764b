package cn.tsbase.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.calendar.CalendarYearFoundMissing;
import cn.tsbase.shared.security.Role;

/** The system administrators hear of a year whose working-day calendar is still to be entered. */
@Component
class CalendarListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	CalendarListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "calendar-year-missing")
	void on(CalendarYearFoundMissing event) {
		notifications.send(accounts.holdersOf(Role.SYSTEM_ADMIN, null), NotificationMessage.of(
				NotificationKind.CALENDAR_YEAR_MISSING, "/admin/calendar?year=" + event.year(),
				String.valueOf(event.year())));
	}
}
