package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.operation.OperationManagement;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.PlanState;
import cn.tsbase.operation.ZoneIndicators;

/** The operation module's public API: figures of bases for other modules, read in a bounded number of queries. */
@Service
class OperationDirectory implements OperationManagement {

	private final BaseProfileRepository profiles;
	private final AnnualPlanRepository plans;
	private final LiaisonScheduleRepository schedules;
	private final LiaisonReportRepository reports;
	private final LiaisonProblemRepository problems;
	private final ActivityRepository activities;
	private final LiaisonReports liaison;
	private final ZoneIndicatorCounts zones;

	OperationDirectory(BaseProfileRepository profiles, AnnualPlanRepository plans,
			LiaisonScheduleRepository schedules, LiaisonReportRepository reports, LiaisonProblemRepository problems,
			ActivityRepository activities, LiaisonReports liaison, ZoneIndicatorCounts zones) {
		this.zones = zones;
		this.profiles = profiles;
		this.plans = plans;
		this.schedules = schedules;
		this.reports = reports;
		this.problems = problems;
		this.activities = activities;
		this.liaison = liaison;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, ZoneIndicators> zoneIndicators(Collection<Long> baseIds, int year) {
		if (baseIds.isEmpty()) {
			return Map.of();
		}
		List<Long> zoneIds = profiles.findByBaseIdIn(baseIds)
			.stream()
			.filter(p -> p.getBaseType() == BaseType.ZONE)
			.map(BaseProfile::getBaseId)
			.toList();
		return zones.of(zoneIds, year);
	}

	@Override
	@Transactional(readOnly = true)
	public PlanState planState(long baseId, int year) {
		return plans.findByBaseIdAndYear(baseId, year)
			.map(p -> PlanState.valueOf(p.getStatus().name()))
			.orElse(PlanState.NONE);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, PlanState> planStates(Collection<Long> baseIds, int year) {
		Map<Long, PlanState> states = new HashMap<>();
		baseIds.forEach(id -> states.put(id, PlanState.NONE));
		if (!baseIds.isEmpty()) {
			for (Object[] row : plans.statuses(baseIds, year)) {
				states.put((Long) row[0], PlanState.valueOf(((PlanStatus) row[1]).name()));
			}
		}
		return states;
	}

	@Override
	@Transactional(readOnly = true)
	public ReportTally reports(long baseId, int year) {
		BaseOperationSummary summary = summaries(List.of(baseId), year).get(baseId);
		return summary == null ? ReportTally.NONE : summary.reports();
	}

	@Override
	@Transactional(readOnly = true)
	public ActivityTally activities(long baseId, int year) {
		List<Object[]> rows = activities.totalsByBase(List.of(baseId), LocalDate.of(year, 1, 1),
				LocalDate.of(year + 1, 1, 1));
		return rows.isEmpty() ? new ActivityTally(0, 0) : tally(rows.get(0));
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenProblem> openProblems(long baseId) {
		return problems.findByBaseIdAndStatusInOrderByRaisedOn(baseId, LiaisonProblems.OPEN)
			.stream()
			.map(p -> new OpenProblem(p.getId(), p.getBaseId(), p.getUnitName(), p.getDistrictCode(),
					p.getPeriodStart(), p.getDescription(), p.getRaisedOn(),
					p.getStatus() == LiaisonProblem.Status.FORWARDED))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, BaseOperationSummary> summaries(Collection<Long> baseIds, int year) {
		if (baseIds.isEmpty()) {
			return Map.of();
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate until = LocalDate.of(year, 12, 31);
		List<BaseProfile> found = profiles.findByBaseIdIn(baseIds);
		Set<String> districts = found.stream().map(BaseProfile::getDistrictCode).collect(Collectors.toSet());
		Map<String, LiaisonSchedule> byDistrict = schedules.findByDistrictCodeIn(districts)
			.stream()
			.collect(Collectors.toMap(LiaisonSchedule::getDistrictCode, Function.identity()));
		Map<Long, PlanState> planStates = new HashMap<>();
		for (Object[] row : plans.statuses(baseIds, year)) {
			planStates.put((Long) row[0], PlanState.valueOf(((PlanStatus) row[1]).name()));
		}
		Map<Long, ActivityTally> planned = new HashMap<>();
		for (Object[] row : plans.planned(baseIds, year)) {
			planned.put((Long) row[0], tally(row));
		}
		Map<Long, Map<LocalDate, Object[]>> filings = new HashMap<>();
		for (Object[] row : reports.filings(baseIds, from, until)) {
			filings.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((LocalDate) row[1], row);
		}
		Map<Long, ActivityTally> held = new HashMap<>();
		for (Object[] row : activities.totalsByBase(baseIds, from, until.plusDays(1))) {
			held.put((Long) row[0], tally(row));
		}
		Map<Long, Long> open = new HashMap<>();
		for (Object[] row : problems.countByBase(baseIds, LiaisonProblems.OPEN)) {
			open.put((Long) row[0], ((Number) row[1]).longValue());
		}
		LocalDate today = liaison.today();
		Map<String, LocalDate> dueDates = new HashMap<>();
		Map<Long, BaseOperationSummary> result = new LinkedHashMap<>();
		for (BaseProfile base : found) {
			LiaisonSchedule schedule = byDistrict.getOrDefault(base.getDistrictCode(),
					LiaisonSchedule.defaults(base.getDistrictCode()));
			int due = 0, onTime = 0, late = 0, missing = 0;
			Map<LocalDate, Object[]> filed = filings.getOrDefault(base.getBaseId(), Map.of());
			for (ReportInterval.Period period : periodsEnded(schedule, year, today)) {
				Object[] row = filed.get(period.start());
				if (row == null && period.end().isBefore(base.openedOn())) {
					continue;
				}
				due++;
				if (row != null && row[2] != null) {
					if (Boolean.TRUE.equals(row[3])) {
						late++;
					}
					else {
						onTime++;
					}
					continue;
				}
				LocalDate dueOn = dueDates.computeIfAbsent(
						schedule.getDueWorkingDays() + "/" + period.end(),
						k -> liaison.dueOn(schedule, period));
				if (dueOn != null && today.isAfter(dueOn)) {
					missing++;
				}
			}
			result.put(base.getBaseId(), new BaseOperationSummary(base.getBaseId(), year,
					planStates.getOrDefault(base.getBaseId(), PlanState.NONE),
					planned.getOrDefault(base.getBaseId(), new ActivityTally(0, 0)),
					new ReportTally(due, onTime, late, missing),
					held.getOrDefault(base.getBaseId(), new ActivityTally(0, 0)),
					open.getOrDefault(base.getBaseId(), 0L)));
		}
		return result;
	}

	private static List<ReportInterval.Period> periodsEnded(LiaisonSchedule schedule, int year, LocalDate today) {
		List<ReportInterval.Period> ended = new ArrayList<>();
		for (ReportInterval.Period period : schedule.getInterval().periodsOf(year)) {
			if (period.end().isBefore(today)) {
				ended.add(period);
			}
		}
		return ended;
	}

	private static ActivityTally tally(Object[] row) {
		return new ActivityTally(((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue());
	}
}
