package cn.tsbase.calendar;

/** A year the platform is about to rely on has no working-day calendar entered yet: the administrators must act. */
public record CalendarYearFoundMissing(int year) {
}
