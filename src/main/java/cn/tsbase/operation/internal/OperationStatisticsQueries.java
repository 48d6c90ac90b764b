package cn.tsbase.operation.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.operation.OperationStatistics;
import cn.tsbase.shared.Tally;

/**
 * Grouped queries over the activities, liaison reports and problems (indexed by district). The missing reports are
 * counted per period: the profiles that existed by the period's end, less the reports filed for it, one grouped
 * statement per distinct period end of the year (twelve at most), whatever the number of bases.
 */
@Component
class OperationStatisticsQueries implements OperationStatistics {

	private static final String IN_DISTRICT = "(CAST(:district AS VARCHAR(12)) IS NULL OR district_code = CAST(:district AS VARCHAR(12)))";

	private final JdbcClient jdbc;
	private final LiaisonScheduleRepository schedules;
	private final BaseProfileRepository profiles;
	private final LiaisonReports liaison;

	OperationStatisticsQueries(JdbcClient jdbc, LiaisonScheduleRepository schedules, BaseProfileRepository profiles,
			LiaisonReports liaison) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.profiles = profiles;
		this.liaison = liaison;
	}

	@Override
	public List<Tally> activities(int year, String districtCode) {
		List<Tally> tallies = new ArrayList<>();
		jdbc.sql("""
				SELECT district_code, kind, COUNT(*), COALESCE(SUM(participants), 0) FROM base_activity
				WHERE held_on >= :from AND held_on < :until AND %s
				GROUP BY district_code, kind
				""".formatted(IN_DISTRICT))
			.param("from", LocalDate.of(year, 1, 1))
			.param("until", LocalDate.of(year + 1, 1, 1))
			.param("district", districtCode)
			.query((rs, n) -> {
				String district = rs.getString(1);
				String kind = rs.getString(2);
				tallies.add(new Tally(district, null, kind, rs.getLong(3)));
				tallies.add(new Tally(district, null, kind + "_PARTICIPANTS", rs.getLong(4)));
				return null;
			})
			.list();
		return tallies;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Tally> reports(int year, String districtCode) {
		// filed reports by district and period: how many, how many of them late
		Map<String, Map<LocalDate, long[]>> filed = new TreeMap<>();
		jdbc.sql("""
				SELECT district_code, period_start, COUNT(*), SUM(CASE WHEN late THEN 1 ELSE 0 END) FROM liaison_report
				WHERE first_submitted_on IS NOT NULL AND period_start >= :from AND period_start < :until AND %s
				GROUP BY district_code, period_start
				""".formatted(IN_DISTRICT))
			.param("from", LocalDate.of(year, 1, 1))
			.param("until", LocalDate.of(year + 1, 1, 1))
			.param("district", districtCode)
			.query((rs, n) -> filed.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
				.put(rs.getObject(2, LocalDate.class), new long[] { rs.getLong(3), rs.getLong(4) }))
			.list();
		Set<String> districts = new TreeSet<>(filed.keySet());
		districts.addAll(jdbc.sql("SELECT DISTINCT district_code FROM base_profile WHERE " + IN_DISTRICT)
			.param("district", districtCode)
			.query(String.class)
			.list());
		Map<String, LiaisonSchedule> byDistrict = schedules.findByDistrictCodeIn(districts)
			.stream()
			.collect(Collectors.toMap(LiaisonSchedule::getDistrictCode, Function.identity()));
		LocalDate today = liaison.today();
		Map<LocalDate, Map<String, Long>> profilesBy = new HashMap<>();
		// districts on the same schedule share due days: ask the working-day calendar once per period and due days
		Map<String, Optional<LocalDate>> dueDays = new HashMap<>();
		List<Tally> tallies = new ArrayList<>();
		for (String district : districts) {
			LiaisonSchedule schedule = byDistrict.getOrDefault(district, LiaisonSchedule.defaults(district));
			Map<LocalDate, long[]> filings = filed.getOrDefault(district, Map.of());
			long late = filings.values().stream().mapToLong(f -> f[1]).sum();
			long onTime = filings.values().stream().mapToLong(f -> f[0]).sum() - late;
			long missing = 0;
			for (ReportInterval.Period period : schedule.getInterval().periodsOf(year)) {
				if (!period.end().isBefore(today)) {
					continue;
				}
				LocalDate dueOn = dueDays.computeIfAbsent(period.start() + "/" + period.end() + "/"
						+ schedule.getDueWorkingDays(), key -> Optional.ofNullable(liaison.dueOn(schedule, period)))
					.orElse(null);
				if (dueOn == null || !today.isAfter(dueOn)) {
					continue;
				}
				long owed = profilesBy.computeIfAbsent(period.end(), end -> profilesOpenedBy(end, districtCode))
					.getOrDefault(district, 0L);
				long[] filing = filings.get(period.start());
				missing += Math.max(0, owed - (filing == null ? 0 : filing[0]));
			}
			tallies.add(new Tally(district, null, ON_TIME, onTime));
			tallies.add(new Tally(district, null, LATE, late));
			tallies.add(new Tally(district, null, MISSING, missing));
		}
		return tallies;
	}

	/** The profiles opened on or before the day, by district (a profile's opening is its creation, Beijing time). */
	private Map<String, Long> profilesOpenedBy(LocalDate day, String districtCode) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT district_code, COUNT(*) FROM base_profile WHERE created_at < :before AND " + IN_DISTRICT
				+ " GROUP BY district_code")
			.param("before", Timestamp.from(day.plusDays(1).atStartOfDay(BaseProfiles.BEIJING).toInstant()))
			.param("district", districtCode)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	@Override
	public List<ProblemAge> openProblems(String districtCode) {
		return jdbc.sql("""
				SELECT district_code, raised_on, COUNT(*) FROM liaison_problem
				WHERE status IN ('OPEN', 'IN_HAND', 'FORWARDED') AND raised_on IS NOT NULL AND %s
				GROUP BY district_code, raised_on
				""".formatted(IN_DISTRICT))
			.param("district", districtCode)
			.query((rs, n) -> new ProblemAge(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Set<String>> missingStandards(Collection<Long> baseIds, int year) {
		if (baseIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Set<String>> missing = new HashMap<>();
		for (BaseProfile profile : profiles.findByBaseIdIn(baseIds)) {
			missing.put(profile.getBaseId(), StandardCompleteness.missing(profile, year)
				.stream()
				.map(Enum::name)
				.collect(Collectors.toCollection(TreeSet::new)));
		}
		return missing;
	}
}
