package cn.tsbase.calendar;

import cn.tsbase.shared.StateConflictException;

/** A period reaches a year whose official calendar has not been entered: nobody may rely on a guess. */
public class CalendarMissingException extends StateConflictException {

	private final int year;

	public CalendarMissingException(int year) {
		super("calendar.missing", "No working-day calendar for " + year);
		this.year = year;
	}

	public int year() {
		return year;
	}
}
