package cn.tsbase.calendar;

/** How a day differs from the plain week: a public holiday, or a weekend day that is a working day (调休). */
public enum DayKind {
	HOLIDAY, WORKING_DAY;

	public String messageKey() {
		return "calendar.kind." + name();
	}
}
