package cn.tsbase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.Role;

/** The shipped 2025–2026 arrangements, administration of a year, and refusing to rely on a missing year. */
@IntegrationTest
class WorkingCalendarTests {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Test
	void the2026ArrangementShipsAsData() {
		assertThat(calendar.isEntered(2026)).isTrue();
		assertThat(calendar.isEntered(2025)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-06-19"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-09-20"))).isTrue();
		// Mon 28 Sep .. Wed 30 Sep, holiday 1–7 Oct, Thu 8 Oct, Fri 9 Oct
		assertThat(calendar.lastDayOf(LocalDate.parse("2026-09-28"), 5)).isEqualTo("2026-10-09");
		// 2025: Fri 26 Sep, Sun 28 Sep (adjusted), Mon 29, Tue 30, holiday 1–8 Oct, Thu 9 Oct
		assertThat(calendar.lastDayOf(LocalDate.parse("2025-09-26"), 5)).isEqualTo("2025-10-09");
	}

	@Test
	void aPeriodReachingAYearWithoutCalendarIsRefused() {
		assertThatThrownBy(() -> calendar.lastDayOf(LocalDate.parse("2026-12-28"), 10))
			.isInstanceOf(CalendarMissingException.class)
			.extracting(e -> ((CalendarMissingException) e).year())
			.isEqualTo(2027);
		assertThat(calendar.missingYears(LocalDate.parse("2026-11-26"))).containsExactly(2027);
		assertThat(calendar.missingYears(LocalDate.parse("2026-06-01"))).isEmpty();
	}

	@Test
	void theAdministratorEntersAYearAndPeriodsThenUseIt() throws Exception {
		int year = 2040 + ThreadLocalRandom.current().nextInt(50);
		while (calendar.isEntered(year)) {
			year++;
		}
		LocalDate newYear = LocalDate.of(year, 1, 1);
		mvc.perform(post("/admin/calendar/days").with(csrf())
			.with(Principals.role(Role.SYSTEM_ADMIN, null, null))
			.param("day", newYear.toString())
			.param("kind", "HOLIDAY")
			.param("name", "元旦")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/calendar/days").with(csrf())
			.with(Principals.role(Role.SYSTEM_ADMIN, null, null))
			.param("day", nextWeekday(newYear.plusDays(3)).toString())
			.param("kind", "WORKING_DAY")
			.param("name", "调休"))
			.andExpect(flash().attribute("flashError", "calendar.workingDayOnWeekday"));
		mvc.perform(get("/admin/calendar").param("year", String.valueOf(year))
			.with(Principals.role(Role.SYSTEM_ADMIN, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚未确认录入完毕")));

		mvc.perform(post("/admin/calendar/years").with(csrf())
			.with(Principals.role(Role.SYSTEM_ADMIN, null, null))
			.param("year", String.valueOf(year))).andExpect(status().is3xxRedirection());

		assertThat(calendar.isEntered(year)).isTrue();
		assertThat(calendar.isWorkingDay(newYear)).isFalse();
		LocalDate monday = newYear.getDayOfWeek().getValue() == 1 ? newYear.plusWeeks(1) : nextMonday(newYear);
		assertThat(calendar.lastDayOf(monday, 5)).isEqualTo(monday.plusDays(4));
	}

	@Test
	void onlyTheSystemAdministratorMaintainsTheCalendar() throws Exception {
		mvc.perform(get("/admin/calendar").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/calendar/period").param("first", "2026-09-28")
			.param("days", "5")
			.with(Principals.role(Role.SYSTEM_ADMIN, null, null)))
			.andExpect(content().string(containsString("2026-10-09")));
	}

	private static LocalDate nextWeekday(LocalDate day) {
		LocalDate d = day;
		while (d.getDayOfWeek().getValue() >= 6) {
			d = d.plusDays(1);
		}
		return d;
	}

	private static LocalDate nextMonday(LocalDate day) {
		LocalDate d = day.plusDays(1);
		while (d.getDayOfWeek().getValue() != 1) {
			d = d.plusDays(1);
		}
		return d;
	}
}
