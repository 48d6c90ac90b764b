package cn.tsbase.operation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.calendar.CalendarMissingException;
import cn.tsbase.calendar.WorkingCalendar;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Liaison reports (联络报告): the district sets its schedule; the base's liaison officer (or the unit's applicant)
 * writes a report per period with its problems as separate items and submits it; the district accepts it or returns
 * it with a reason. Reads go through the profile, whose query carries the caller's scope. Audit entries name the
 * period, never the report's text.
 */
@Service
public class LiaisonReports {

	/** A new report's form carries this version: saving when a report exists meanwhile is a concurrent edit. */
	public static final long NEW_REPORT = -1;

	static final int MAX_PROBLEMS = 20;

	private final LiaisonScheduleRepository schedules;
	private final LiaisonReportRepository reports;
	private final LiaisonProblemRepository problems;
	private final ActivityRepository activities;
	private final BaseProfiles profiles;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;

	LiaisonReports(LiaisonScheduleRepository schedules, LiaisonReportRepository reports,
			LiaisonProblemRepository problems, ActivityRepository activities, BaseProfiles profiles,
			WorkingCalendar calendar, AuditLog audit, Clock clock) {
		this.schedules = schedules;
		this.reports = reports;
		this.problems = problems;
		this.activities = activities;
		this.profiles = profiles;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(BaseProfiles.BEIJING));
	}

	/** The schedule of a district (the defaults while it set none). */
	@Transactional(readOnly = true)
	public LiaisonView.Schedule schedule(String districtCode) {
		return view(scheduleOf(districtCode));
	}

	/** The district officer sets the district's interval and how many working days after a period a report is due. */
	@Transactional
	public void setSchedule(ReportInterval interval, int dueWorkingDays, long expectedVersion, CurrentUser officer) {
		DataScope scope = BaseProfiles.districtScope(officer);
		if (scope.isNone()) {
			throw new NotFoundException("No district for " + officer.getUsername());
		}
		LiaisonSchedule schedule = schedules.findByDistrictCode(scope.districtCode()).orElse(null);
		if (schedule == null) {
			schedules.save(new LiaisonSchedule(scope.districtCode(), interval, dueWorkingDays, officer.getUsername(),
					clock.instant()));
		}
		else {
			if (schedule.getVersion() != expectedVersion) {
				throw new ObjectOptimisticLockingFailureException(LiaisonSchedule.class, scope.districtCode());
			}
			schedule.change(interval, dueWorkingDays, officer.getUsername(), clock.instant());
		}
		audit.record("LIAISON_SCHEDULE_SET", "LiaisonSchedule", scope.districtCode(), AuditOutcome.SUCCESS,
				interval + " +" + dueWorkingDays);
	}

	/** The periods of a base's reporting year with where each stands today, if the base lies inside the scope. */
	@Transactional(readOnly = true)
	public List<LiaisonView.PeriodRow> periods(long baseId, int year, CurrentUser user) {
		BaseProfile profile = profiles.get(baseId, user.scope());
		LiaisonSchedule schedule = scheduleOf(profile.getDistrictCode());
		Map<LocalDate, LiaisonReport> filed = reports
			.findByBaseIdAndPeriodStartBetweenOrderByPeriodStart(baseId, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31))
			.stream()
			.collect(Collectors.toMap(LiaisonReport::getPeriodStart, Function.identity()));
		LocalDate today = today();
		List<LiaisonView.PeriodRow> rows = new ArrayList<>();
		for (ReportInterval.Period period : schedule.getInterval().periodsOf(year)) {
			LiaisonReport report = filed.get(period.start());
			LocalDate dueOn = report != null && report.getDueOn() != null ? report.getDueOn() : dueOn(schedule, period);
			LiaisonView.Standing standing = report == null && period.end().isBefore(profile.openedOn())
					? LiaisonView.Standing.NOT_OWED
					: standing(period, dueOn, report == null ? null : report.getFirstSubmittedOn(),
							report != null && report.isLate(), today);
			rows.add(new LiaisonView.PeriodRow(period.start(), period.end(), dueOn,
					report == null ? null : report.getStatus().name(), standing));
		}
		return rows;
	}

	/** Where a period's report stands on a day. */
	static LiaisonView.Standing standing(ReportInterval.Period period, LocalDate dueOn, LocalDate firstSubmittedOn,
			boolean late, LocalDate today) {
		if (firstSubmittedOn != null) {
			return late ? LiaisonView.Standing.LATE : LiaisonView.Standing.ON_TIME;
		}
		if (!today.isAfter(period.end())) {
			return LiaisonView.Standing.CURRENT;
		}
		return dueOn != null && today.isAfter(dueOn) ? LiaisonView.Standing.OVERDUE : LiaisonView.Standing.DUE;
	}

	/** The report of a period (an empty one while none is written), with its problems and the period's activities. */
	@Transactional(readOnly = true)
	public LiaisonView.Report find(long baseId, LocalDate periodStart, CurrentUser user) {
		BaseProfile profile = profiles.get(baseId, user.scope());
		LiaisonReport report = reports.findByBaseIdAndPeriodStart(baseId, periodStart).orElse(null);
		ReportInterval.Period period;
		LocalDate dueOn;
		if (report != null) {
			period = new ReportInterval.Period(report.getPeriodStart(), report.getPeriodEnd());
			dueOn = report.getDueOn();
		}
		else {
			LiaisonSchedule schedule = scheduleOf(profile.getDistrictCode());
			period = periodStartingOn(schedule, periodStart, baseId);
			dueOn = dueOn(schedule, period);
		}
		List<ActivityRecord> held = activities
			.findTop100ByBaseIdAndHeldOnBetweenOrderByHeldOn(baseId, period.start(), period.end())
			.stream()
			.map(Activity::toRecord)
			.toList();
		if (report == null) {
			return new LiaisonView.Report(baseId, profile.getUnitName(), profile.getDistrictCode(), period.start(),
					period.end(), dueOn, null, null, null, null, null, false, null, null, null, null, NEW_REPORT, false,
					List.of(), held);
		}
		return new LiaisonView.Report(baseId, report.getUnitName(), report.getDistrictCode(), period.start(),
				period.end(), dueOn, report.getStatus().name(), report.getWorkStatus(), report.getSuggestions(),
				report.getTypicalCases(), report.getReturnReason(), report.isLate(), report.getFirstSubmittedOn(),
				report.getSubmittedBy(), report.getDecidedBy(), report.getDecidedAt(), report.getVersion(), true,
				problems.findByReportIdOrderById(report.getId()).stream().map(LiaisonProblems::view).toList(), held);
	}

	/**
	 * Saves the unit's report of a period (creating it once the period has begun); the problems given replace the
	 * draft problems, problems already raised stay as they are.
	 */
	@Transactional
	public void write(long baseId, LocalDate periodStart, long expectedVersion, String workStatus,
			String suggestions, String typicalCases, List<String> newProblems, CurrentUser user) {
		BaseProfile profile = ownProfile(baseId, user);
		LiaisonReport report = reports.lockByBaseIdAndPeriodStart(baseId, periodStart).orElse(null);
		if (report == null) {
			if (expectedVersion != NEW_REPORT) {
				throw new ObjectOptimisticLockingFailureException(LiaisonReport.class, baseId);
			}
			LiaisonSchedule schedule = scheduleOf(profile.getDistrictCode());
			ReportInterval.Period period = periodStartingOn(schedule, periodStart, baseId);
			if (period.start().isAfter(today())) {
				throw new StateConflictException("operation.liaison.notStarted", "Period " + periodStart);
			}
			report = reports.save(new LiaisonReport(profile, period, dueOn(schedule, period), clock.instant()));
		}
		else if (report.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(LiaisonReport.class, baseId);
		}
		report.write(workStatus, suggestions, typicalCases, clock.instant());
		List<String> texts = newProblems == null ? List.of()
				: newProblems.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
		if (texts.size() > MAX_PROBLEMS) {
			throw new StateConflictException("operation.liaison.tooManyProblems", "Too many problems");
		}
		List<LiaisonProblem> existing = problems.findByReportIdOrderById(report.getId());
		problems.deleteAll(existing.stream().filter(LiaisonProblem::isDraft).toList());
		for (String text : texts) {
			problems.save(new LiaisonProblem(report, text, clock.instant()));
		}
		reports.save(report);
		audit.record("LIAISON_REPORT_SAVED", "LiaisonReport", baseId + "/" + periodStart, AuditOutcome.SUCCESS,
				null);
	}

	/** The unit submits the report; its draft problems open. */
	@Transactional
	public void submit(long baseId, LocalDate periodStart, long expectedVersion, CurrentUser user) {
		submit(baseId, periodStart, expectedVersion, user, today());
	}

	/** Submits as of the given day (the demo data's history; the pages always submit as of today). */
	@Transactional
	void submit(long baseId, LocalDate periodStart, long expectedVersion, CurrentUser user, LocalDate today) {
		ownProfile(baseId, user);
		LiaisonReport report = existing(baseId, periodStart, expectedVersion);
		report.submit(user.getUsername(), clock.instant(), today);
		problems.findByReportIdOrderById(report.getId()).forEach(p -> p.raise(today, clock.instant()));
		audit.record("LIAISON_REPORT_SUBMITTED", "LiaisonReport", baseId + "/" + periodStart, AuditOutcome.SUCCESS,
				report.isLate() ? "late" : null);
		reports.saveAndFlush(report);
	}

	@Transactional
	public void accept(long baseId, LocalDate periodStart, long expectedVersion, CurrentUser officer) {
		profiles.get(baseId, BaseProfiles.districtScope(officer));
		LiaisonReport report = existing(baseId, periodStart, expectedVersion);
		report.accept(officer.getUsername(), clock.instant());
		reports.saveAndFlush(report);
	}

	@Transactional
	public void returnForRevision(long baseId, LocalDate periodStart, long expectedVersion, String reason,
			CurrentUser officer) {
		profiles.get(baseId, BaseProfiles.districtScope(officer));
		LiaisonReport report = existing(baseId, periodStart, expectedVersion);
		report.returnForRevision(reason, officer.getUsername(), clock.instant());
		reports.saveAndFlush(report);
	}

	/** The reports inside the caller's scope whose period starts in the year, paged in the database. */
	@Transactional(readOnly = true)
	public Page<LiaisonView.ReportRow> list(CurrentUser user, int year, String status, Pageable pageable) {
		LiaisonReport.Status wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = LiaisonReport.Status.valueOf(status);
			}
			catch (IllegalArgumentException unknown) {
				return Page.empty(pageable);
			}
		}
		return reports
			.searchInScope(user.scope(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), wanted, pageable)
			.map(r -> new LiaisonView.ReportRow(r.getBaseId(), r.getUnitName(), r.getDistrictCode(),
					r.getPeriodStart(), r.getPeriodEnd(), r.getDueOn(), r.getStatus().name(), r.isLate(),
					r.getFirstSubmittedOn()));
	}

	LiaisonSchedule scheduleOf(String districtCode) {
		return schedules.findByDistrictCode(districtCode).orElseGet(() -> LiaisonSchedule.defaults(districtCode));
	}

	/** N working days after the period ends; null while the calendar of those days is not entered. */
	LocalDate dueOn(LiaisonSchedule schedule, ReportInterval.Period period) {
		LocalDate first = period.end().plusDays(1);
		// asked first, since a missing year thrown from inside the calendar's transaction would roll back ours
		LocalDate latest = first.plusDays(schedule.getDueWorkingDays() * 2L + 30);
		for (int year = first.getYear(); year <= latest.getYear(); year++) {
			if (!calendar.isEntered(year)) {
				return null;
			}
		}
		try {
			return calendar.lastDayOf(first, schedule.getDueWorkingDays());
		}
		catch (CalendarMissingException missing) {
			return null;
		}
	}

	private static ReportInterval.Period periodStartingOn(LiaisonSchedule schedule, LocalDate start, long baseId) {
		if (!schedule.getInterval().startsPeriod(start)) {
			throw new NotFoundException("Liaison period " + baseId + "/" + start);
		}
		return schedule.getInterval().periodOf(start);
	}

	private LiaisonReport existing(long baseId, LocalDate periodStart, long expectedVersion) {
		LiaisonReport report = reports.lockByBaseIdAndPeriodStart(baseId, periodStart)
			.orElseThrow(() -> new NotFoundException("Liaison report " + baseId + "/" + periodStart));
		if (report.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(LiaisonReport.class, baseId);
		}
		return report;
	}

	private BaseProfile ownProfile(long baseId, CurrentUser user) {
		if (!(user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) || user.getUnitId() == null) {
			throw new NotFoundException("Base profile " + baseId);
		}
		return profiles.get(baseId, new DataScope(DataScope.Kind.UNIT, null, user.getUnitId()));
	}

	private static LiaisonView.Schedule view(LiaisonSchedule s) {
		return new LiaisonView.Schedule(s.getDistrictCode(), s.getInterval(), s.getDueWorkingDays(),
				s.getUpdatedBy() == null, s.getUpdatedBy(), s.getUpdatedAt(), s.getVersion());
	}
}
