package cn.tsbase.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.workbench.WorkbenchItem;
import cn.tsbase.shared.workbench.WorkbenchItems;

/**
 * The system administrator's calendar line on the workbench: the years the platform is about to rely on whose
 * holidays have not been entered, due on the first day of the earliest of them.
 */
@Component
class CalendarWorkbench implements WorkbenchItems {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final CalendarService calendar;
	private final Clock clock;

	CalendarWorkbench(CalendarService calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		if (!user.hasRole(Role.SYSTEM_ADMIN)) {
			return List.of();
		}
		List<Integer> missing = calendar.missingYears(LocalDate.now(clock.withZone(BEIJING)));
		return List.of(new WorkbenchItem("system-calendarMissing", 700, missing.size(),
				missing.isEmpty() ? null : LocalDate.of(missing.get(0), 1, 1).atStartOfDay(BEIJING).toInstant(),
				"/admin/calendar"));
	}
}
