package cn.tsbase.reporting.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.reporting.internal.Figures.Row;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.YearlyTallies;
import cn.tsbase.shared.YearlyTallies.YearTally;
import cn.tsbase.shared.security.DataScope;

/**
 * The programme over a range of years: for each year the funnel's totals (申报 → 发文), inside the caller's scope,
 * for bases of one type or of both. Each module that counts a stage answers for the whole range in one grouped
 * statement ({@link YearlyTallies}), so a trend costs the same few statements for one year or {@value #MAX_YEARS}.
 */
@Service
public class Trends {

	public static final int MAX_YEARS = 10;

	/** The years from {@code from} to {@code to}, one row each (oldest first), with the funnel's stages as columns. */
	public record Trend(int from, int to, List<FunnelStage> stages, List<Row> rows) {
	}

	private final List<YearlyTallies> sources;

	Trends(List<YearlyTallies> sources) {
		this.sources = sources;
	}

	public Trend of(int from, int to, BaseType type, DataScope scope, Locale locale) {
		if (from > to) {
			throw new InvalidRequestException("reporting.trend.order");
		}
		if (to - from + 1 > MAX_YEARS) {
			throw new InvalidRequestException("reporting.trend.tooLong");
		}
		String district = DistrictRows.districtOf(scope);
		Map<Integer, Map<FunnelStage, Long>> byYear = new TreeMap<>();
		for (YearlyTallies source : sources) {
			for (YearTally counted : source.stages(from, to, district)) {
				if (type != null && !type.name().equals(counted.tally().baseType())) {
					continue;
				}
				byYear.computeIfAbsent(counted.year(), y -> new EnumMap<>(FunnelStage.class))
					.merge(FunnelStage.ofKey(counted.tally().key()), counted.tally().count(), Long::sum);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			Map<FunnelStage, Long> counts = byYear.getOrDefault(year, Map.of());
			List<Long> cells = new ArrayList<>();
			for (FunnelStage stage : FunnelStage.values()) {
				cells.add(counts.getOrDefault(stage, 0L));
			}
			rows.add(new Row(String.valueOf(year), String.valueOf(year), cells));
		}
		return new Trend(from, to, List.of(FunnelStage.values()), rows);
	}
}
