package cn.tsbase.calendar;

import java.time.LocalDate;

/** A day of the calendar as the administrator's page shows it: the one mapping of the entity that leaves the module. */
public record CalendarDayView(LocalDate day, DayKind kind, String name) {
}
