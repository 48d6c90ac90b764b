package cn.tsbase.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import cn.tsbase.casework.CaseworkStatistics;
import cn.tsbase.casework.CaseworkStatistics.ResponseTime;
import cn.tsbase.evaluation.EvaluationStatistics;
import cn.tsbase.guidance.GuidanceStatistics;
import cn.tsbase.operation.OperationStatistics;
import cn.tsbase.operation.OperationStatistics.ProblemAge;
import cn.tsbase.reporting.internal.Figures.Row;
import cn.tsbase.reporting.internal.Figures.Table;
import cn.tsbase.shared.Tally;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.security.DataScope;

/**
 * The figures of the bases' work by district, from the statistics ports of evaluation, operation, guidance and
 * casework (one or a few grouped statements each): grades, open rectification orders, activities, liaison reports,
 * open problems and their age, guidance, incidents and cases. The scope goes into each query.
 */
@Service
public class WorkFigures {

	/** The tables, in the dashboard's order. */
	public static final List<String> NAMES = List.of("grades", "rectifications", "activities", "liaison", "problems",
			"guidance", "casework");

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final List<String> OPEN_RECTIFICATIONS = List.of("PROPOSED", "ISSUED", "SUBMITTED", "RETURNED");

	private final EvaluationStatistics evaluation;
	private final OperationStatistics operation;
	private final GuidanceStatistics guidance;
	private final CaseworkStatistics casework;
	private final DistrictRows districtRows;
	private final Clock clock;

	WorkFigures(EvaluationStatistics evaluation, OperationStatistics operation, GuidanceStatistics guidance,
			CaseworkStatistics casework, DistrictRows districtRows, Clock clock) {
		this.evaluation = evaluation;
		this.operation = operation;
		this.guidance = guidance;
		this.casework = casework;
		this.districtRows = districtRows;
		this.clock = clock;
	}

	/** Every table of the year, inside the scope. */
	public List<Table> all(int year, DataScope scope, Locale locale) {
		return NAMES.stream().map(name -> table(name, year, scope, locale).orElseThrow()).toList();
	}

	/** One table of the year by its name, inside the scope; empty for a name there is no table of. */
	public Optional<Table> table(String name, int year, DataScope scope, Locale locale) {
		String district = DistrictRows.districtOf(scope);
		return Optional.ofNullable(switch (name) {
			case "grades" -> byKeys(name, List.of(Grade.values()).stream().map(Enum::name).toList(),
					evaluation.grades(year, district), district, locale, List.of(1, 2, 3, 4), true,
					code -> link("/evaluation/evaluations", null, null));
			case "rectifications" -> byKeys(name, OPEN_RECTIFICATIONS, evaluation.openRectifications(district),
					district, locale, List.of(1, 2, 3, 4), true,
					code -> link("/evaluation/rectifications", "district", code));
			case "activities" -> byKeys(name,
					List.of(OperationStatistics.TRAININGS, OperationStatistics.TRAINED, OperationStatistics.PUBLICITY,
							OperationStatistics.PUBLICITY_REACHED),
					operation.activities(year, district), district, locale, List.of(1, 3), false, code -> null);
			case "liaison" -> byKeys(name,
					List.of(OperationStatistics.ON_TIME, OperationStatistics.LATE, OperationStatistics.MISSING),
					operation.reports(year, district), district, locale, List.of(1, 2, 3), true,
					code -> link("/operation/liaison-reports", "year", String.valueOf(year)));
			case "problems" -> problems(district, locale);
			case "guidance" -> byKeys(name, List.of(GuidanceStatistics.VISITS, GuidanceStatistics.REQUESTS),
					guidance.work(year, district), district, locale, List.of(1, 2), false,
					code -> link("/guidance/visits", "year", String.valueOf(year)));
			case "casework" -> casework(year, district, locale);
			default -> null;
		});
	}

	/** Open problems by district: how many, the oldest one's age and the median age in days. */
	private Table problems(String district, Locale locale) {
		LocalDate today = LocalDate.now(clock.withZone(BEIJING));
		Map<String, Map<Long, Long>> ages = new TreeMap<>();
		Map<Long, Long> all = new HashMap<>();
		for (ProblemAge age : operation.openProblems(district)) {
			long days = Math.max(0, ChronoUnit.DAYS.between(age.raisedOn(), today));
			ages.computeIfAbsent(age.districtCode(), k -> new HashMap<>()).merge(days, age.count(), Long::sum);
			all.merge(days, age.count(), Long::sum);
		}
		List<Row> rows = districtRows.rows(district, locale, code -> ageColumns(ages.getOrDefault(code, Map.of())),
				ages.keySet());
		return new Table("problems", keys("problems", List.of("OPEN", "OLDEST_DAYS", "MEDIAN_DAYS")), List.of(1),
				false, rows, new Row("", "", ageColumns(all)),
				links(rows, code -> link("/operation/liaison-problems", null, null)));
	}

	private static List<Long> ageColumns(Map<Long, Long> countByDays) {
		long count = countByDays.values().stream().mapToLong(Long::longValue).sum();
		long oldest = countByDays.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
		return List.of(count, oldest, median(countByDays));
	}

	/** Incidents by district, the median minutes to the district's first answer, and typical cases published. */
	private Table casework(int year, String district, Locale locale) {
		Map<String, Map<String, Long>> counts = sums(casework.counts(year, district));
		Map<String, Map<Long, Long>> times = new TreeMap<>();
		Map<Long, Long> all = new HashMap<>();
		for (ResponseTime time : casework.responseTimes(year, district)) {
			times.computeIfAbsent(time.districtCode(), k -> new HashMap<>())
				.merge(time.minutes(), time.count(), Long::sum);
			all.merge(time.minutes(), time.count(), Long::sum);
		}
		List<String> codes = new ArrayList<>(counts.keySet());
		times.keySet().stream().filter(code -> !codes.contains(code)).forEach(codes::add);
		List<Row> rows = districtRows.rows(district, locale, code -> {
			Map<String, Long> c = counts.getOrDefault(code, Map.of());
			return List.of(c.getOrDefault(CaseworkStatistics.INCIDENTS, 0L),
					median(times.getOrDefault(code, Map.of())), c.getOrDefault(CaseworkStatistics.CASES_PUBLISHED, 0L));
		}, codes);
		Row sums = DistrictRows.total(rows, 3);
		Row total = new Row("", "", List.of(sums.counts().get(0), median(all), sums.counts().get(2)));
		return new Table("casework", keys("casework", List.of("INCIDENTS", "RESPONSE_MEDIAN", "CASES_PUBLISHED")),
				List.of(1, 3), false, rows, total, links(rows, code -> link("/casework/incidents", "district", code)));
	}

	/** A table whose columns are the tallies' keys, summed per district (over base types). */
	private Table byKeys(String name, List<String> columnKeys, List<Tally> tallies, String district, Locale locale,
			List<Integer> charted, boolean stacked, Function<String, String> link) {
		Map<String, Map<String, Long>> counts = sums(tallies);
		List<Row> rows = districtRows.rows(district, locale, code -> {
			Map<String, Long> c = counts.getOrDefault(code, Map.of());
			return columnKeys.stream().map(key -> c.getOrDefault(key, 0L)).toList();
		}, counts.keySet());
		return new Table(name, keys(name, columnKeys), charted, stacked, rows,
				DistrictRows.total(rows, columnKeys.size()), links(rows, link));
	}

	private static Map<String, Map<String, Long>> sums(List<Tally> tallies) {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		for (Tally tally : tallies) {
			counts.computeIfAbsent(tally.districtCode(), k -> new HashMap<>())
				.merge(tally.key(), tally.count(), Long::sum);
		}
		return counts;
	}

	private static List<String> keys(String name, List<String> columnKeys) {
		return columnKeys.stream().map(key -> "reporting.figure." + name + "." + key).toList();
	}

	private static List<String> links(List<Row> rows, Function<String, String> link) {
		List<String> links = new ArrayList<>();
		rows.forEach(row -> links.add(link.apply(row.code())));
		return links;
	}

	private static String link(String path, String parameter, String value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		if (parameter != null) {
			builder.queryParam(parameter, value);
		}
		return builder.build().toUriString();
	}

	/**
	 * The median of values given with how often each occurs: the middle one, or of an even number the mean of the
	 * two middle ones rounded down; 0 when there are none.
	 */
	public static long median(Map<Long, Long> countByValue) {
		long n = countByValue.values().stream().mapToLong(Long::longValue).sum();
		if (n == 0) {
			return 0;
		}
		List<Long> values = countByValue.keySet().stream().sorted().toList();
		long lower = nth(values, countByValue, (n - 1) / 2);
		long upper = nth(values, countByValue, n / 2);
		return (lower + upper) / 2;
	}

	private static long nth(List<Long> sortedValues, Map<Long, Long> countByValue, long index) {
		long seen = 0;
		for (Long value : sortedValues) {
			seen += countByValue.get(value);
			if (index < seen) {
				return value;
			}
		}
		throw new IllegalStateException("No value at " + index);
	}
}
