package cn.tsbase.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The 2026 arrangement (State Council General Office, 2025-11-04) and the 2025 one, across year boundaries. */
class WorkingDayCalendarTests {

	static Set<LocalDate> range(String from, String to) {
		Set<LocalDate> days = new HashSet<>();
		for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
			days.add(d);
		}
		return days;
	}

	static final WorkingDayCalendar CALENDAR;

	static {
		Set<LocalDate> holidays = new HashSet<>();
		holidays.addAll(range("2025-10-01", "2025-10-08"));
		holidays.addAll(range("2026-01-01", "2026-01-03"));
		holidays.addAll(range("2026-02-15", "2026-02-23"));
		holidays.addAll(range("2026-04-04", "2026-04-06"));
		holidays.addAll(range("2026-05-01", "2026-05-05"));
		holidays.addAll(range("2026-06-19", "2026-06-21"));
		holidays.addAll(range("2026-09-25", "2026-09-27"));
		holidays.addAll(range("2026-10-01", "2026-10-07"));
		Set<LocalDate> working = Set.of(LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11"),
				LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-28"),
				LocalDate.parse("2026-05-09"), LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10"));
		CALENDAR = new WorkingDayCalendar(holidays, working);
	}

	@Test
	void aWeekOfFiveWorkingDaysEndsOnFriday() {
		// Monday 2026-03-02 .. Friday 2026-03-06
		assertThat(CALENDAR.lastDayOf(LocalDate.parse("2026-03-02"), 5)).isEqualTo("2026-03-06");
	}

	@Test
	void weekendsDoNotCount() {
		// Thursday 2026-03-05, Fri 6, (Sat 7, Sun 8), Mon 9, Tue 10, Wed 11
		assertThat(CALENDAR.lastDayOf(LocalDate.parse("2026-03-05"), 5)).isEqualTo("2026-03-11");
	}

	@Test
	void theSpringFestivalHolidayIsSkippedAndTheAdjustedSaturdaysCount() {
		// Thu 12 Feb, Fri 13, Sat 14 (adjusted working day), holiday 15–23, Tue 24, Wed 25
		assertThat(CALENDAR.lastDayOf(LocalDate.parse("2026-02-12"), 5)).isEqualTo("2026-02-25");
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
	}

	@Test
	void aPeriodStartingOnAHolidayStartsAtTheNextWorkingDay() {
		// 1 Oct holiday .. 7 Oct; Thu 8, Fri 9, Sat 10 (adjusted), Mon 12, Tue 13
		assertThat(CALENDAR.lastDayOf(LocalDate.parse("2026-10-01"), 5)).isEqualTo("2026-10-13");
	}

	@Test
	void periodsCrossTheYearBoundary() {
		// Tue 30 Dec 2025, Wed 31, holiday 1–3 Jan 2026, Sun 4 Jan (adjusted working day), Mon 5, Tue 6
		assertThat(CALENDAR.lastDayOf(LocalDate.parse("2025-12-30"), 5)).isEqualTo("2026-01-06");
		assertThat(CALENDAR.workingDaysBetween(LocalDate.parse("2025-12-29"), LocalDate.parse("2026-01-04")))
			.isEqualTo(4);
	}

	@Test
	void tenWorkingDaysAroundMayDay() {
		// Wed 29 Apr (1), Thu 30 (2), holiday 1–5 May, Wed 6 (3), Thu 7 (4), Fri 8 (5), Sat 9 adjusted (6), Sun 10 rest,
		// Mon 11 (7), Tue 12 (8), Wed 13 (9), Thu 14 (10)
		assertThat(CALENDAR.lastDayOf(LocalDate.parse("2026-04-29"), 10)).isEqualTo("2026-05-14");
	}

	@Test
	void aPeriodHasAtLeastOneDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.lastDayOf(LocalDate.parse("2026-03-02"), 0));
		assertThat(CALENDAR.lastDayOf(LocalDate.parse("2026-03-02"), 1)).isEqualTo("2026-03-02");
	}
}
