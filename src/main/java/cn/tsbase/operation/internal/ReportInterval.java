package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How often a district's bases file liaison reports (联络报告): monthly, quarterly (the default) or half-yearly. */
public enum ReportInterval {

	MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6);

	private final int months;

	ReportInterval(int months) {
		this.months = months;
	}

	/** The periods of a year, in order. */
	public List<Period> periodsOf(int year) {
		List<Period> periods = new ArrayList<>();
		for (int month = 1; month <= 12; month += months) {
			LocalDate start = LocalDate.of(year, month, 1);
			periods.add(new Period(start, start.plusMonths(months).minusDays(1)));
		}
		return periods;
	}

	/** The period that contains the given day. */
	public Period periodOf(LocalDate day) {
		int firstMonth = ((day.getMonthValue() - 1) / months) * months + 1;
		LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
		return new Period(start, start.plusMonths(months).minusDays(1));
	}

	/** Whether the day starts one of this interval's periods. */
	public boolean startsPeriod(LocalDate day) {
		return day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % months == 0;
	}

	public String messageKey() {
		return "operation.liaison.interval." + name();
	}

	/** A reporting period, first and last day inclusive. */
	public record Period(LocalDate start, LocalDate end) {
	}
}
