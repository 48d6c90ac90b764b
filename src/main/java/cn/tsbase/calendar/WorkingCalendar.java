package cn.tsbase.calendar;

import java.time.LocalDate;
import java.util.List;

/** Periods counted in working days on the official calendar. */
public interface WorkingCalendar {

	/**
	 * The last day of a period of {@code count} working days starting on {@code first}.
	 *
	 * @throws CalendarMissingException when the period reaches a year whose calendar has not been entered
	 */
	LocalDate lastDayOf(LocalDate first, int count);

	boolean isWorkingDay(LocalDate day);

	/** Whether an administrator has entered (and marked complete) the year's holidays and adjusted working days. */
	boolean isEntered(int year);

	/** The years the platform is about to rely on (this one, and the next from November) that are not entered. */
	List<Integer> missingYears(LocalDate today);
}
