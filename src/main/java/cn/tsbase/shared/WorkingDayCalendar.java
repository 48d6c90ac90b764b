package cn.tsbase.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * China's official working-day calendar: Monday to Friday are working days, except public holidays; Saturdays and
 * Sundays are rest days, except the adjusted working days (调休) the State Council fixes each year.
 */
public final class WorkingDayCalendar {

	private final Set<LocalDate> holidays;
	private final Set<LocalDate> adjustedWorkingDays;

	public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {
		this.holidays = Set.copyOf(holidays);
		this.adjustedWorkingDays = Set.copyOf(adjustedWorkingDays);
	}

	public boolean isWorkingDay(LocalDate date) {
		if (holidays.contains(date)) {
			return false;
		}
		if (adjustedWorkingDays.contains(date)) {
			return true;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/**
	 * The last day of a period of {@code count} working days starting on {@code first}: the first day counts if it is
	 * a working day, otherwise counting starts at the next working day.
	 */
	public LocalDate lastDayOf(LocalDate first, int count) {
		if (count < 1) {
			throw new IllegalArgumentException("A period has at least one working day");
		}
		LocalDate day = first;
		int counted = 0;
		while (true) {
			if (isWorkingDay(day)) {
				counted++;
				if (counted == count) {
					return day;
				}
			}
			day = day.plusDays(1);
		}
	}

	/** The working days from {@code from} to {@code to}, both included. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}
}
