package cn.tsbase.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.calendar.CalendarDayView;
import cn.tsbase.calendar.CalendarMissingException;
import cn.tsbase.calendar.CalendarYearView;
import cn.tsbase.calendar.DayKind;
import cn.tsbase.calendar.WorkingCalendar;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.WorkingDayCalendar;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/** The calendar as the system administrator maintains it, and the working-day arithmetic built on it. */
@Service("workingCalendar")
public class CalendarService implements WorkingCalendar {

	/** A period never spans more than this many years; beyond, something is wrong with the input. */
	private static final int MAX_YEARS = 3;

	private final CalendarDayRepository days;
	private final CalendarYearRepository years;
	private final AuditLog audit;
	private final Clock clock;

	CalendarService(CalendarDayRepository days, CalendarYearRepository years, AuditLog audit, Clock clock) {
		this.days = days;
		this.years = years;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public LocalDate lastDayOf(LocalDate first, int count) {
		WorkingDayCalendar calendar = calendarFor(first.getYear(), first.getYear() + MAX_YEARS - 1);
		LocalDate last = calendar.lastDayOf(first, count);
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			if (!years.existsById(year)) {
				throw new CalendarMissingException(year);
			}
		}
		return last;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isWorkingDay(LocalDate day) {
		if (!years.existsById(day.getYear())) {
			throw new CalendarMissingException(day.getYear());
		}
		return calendarFor(day.getYear(), day.getYear()).isWorkingDay(day);
	}

	private WorkingDayCalendar calendarFor(int fromYear, int toYear) {
		Set<LocalDate> holidays = new HashSet<>();
		Set<LocalDate> working = new HashSet<>();
		for (CalendarDay day : days.findByDayBetweenOrderByDay(LocalDate.of(fromYear, 1, 1),
				LocalDate.of(toYear, 12, 31))) {
			(day.getKind() == DayKind.HOLIDAY ? holidays : working).add(day.getDay());
		}
		return new WorkingDayCalendar(holidays, working);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isEntered(int year) {
		return years.existsById(year);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Integer> missingYears(LocalDate today) {
		List<Integer> missing = new ArrayList<>();
		if (!years.existsById(today.getYear())) {
			missing.add(today.getYear());
		}
		if (today.getMonth().compareTo(Month.NOVEMBER) >= 0 && !years.existsById(today.getYear() + 1)) {
			missing.add(today.getYear() + 1);
		}
		return missing;
	}

	@Transactional(readOnly = true)
	public List<CalendarDayView> days(int year) {
		return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(CalendarDay::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CalendarYearView> year(int year) {
		return years.findById(year).map(CalendarYear::view);
	}

	/** Adds a holiday or an adjusted working day; a holiday on a weekday, a working day on a weekend. */
	@Transactional
	public void add(LocalDate day, DayKind kind, String name, String by) {
		boolean weekend = day.getDayOfWeek().getValue() >= 6;
		if (kind == DayKind.WORKING_DAY && !weekend) {
			throw new StateConflictException("calendar.workingDayOnWeekday", "Working day on a weekday: " + day);
		}
		if (days.existsById(day)) {
			throw new StateConflictException("calendar.dayExists", "Day exists: " + day);
		}
		days.save(new CalendarDay(day, kind, name));
		audit.record(by, "CALENDAR_DAY_ADDED", "CalendarDay", day, AuditOutcome.SUCCESS, kind + " " + name);
	}

	@Transactional
	public void remove(LocalDate day, String by) {
		CalendarDay existing = days.findById(day).orElseThrow(() -> new NotFoundException("Day " + day));
		days.delete(existing);
		audit.record(by, "CALENDAR_DAY_REMOVED", "CalendarDay", day, AuditOutcome.SUCCESS,
				existing.getKind() + " " + existing.getName());
	}

	/** Marks a year's calendar as entered: from now on, periods may rely on it. */
	@Transactional
	public void markEntered(int year, String by) {
		if (years.existsById(year)) {
			throw new StateConflictException("calendar.alreadyEntered", "Year entered: " + year);
		}
		years.save(new CalendarYear(year, by, clock.instant()));
		audit.record(by, "CALENDAR_YEAR_ENTERED", "CalendarYear", year, AuditOutcome.SUCCESS, null);
	}
}
