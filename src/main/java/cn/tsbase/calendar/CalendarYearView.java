package cn.tsbase.calendar;

import java.time.Instant;

/** A year whose calendar an administrator has entered and marked complete, as the page shows it. */
public record CalendarYearView(int year, String enteredBy, Instant enteredAt) {
}
