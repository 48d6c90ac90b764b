package cn.tsbase.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.reporting.internal.Figures.Row;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.DataScope;

/**
 * The programme over a range of years: for each year the funnel's totals (申报 → 发文), inside the caller's scope,
 * for bases of one type or of both. At most {@value #MAX_YEARS} years, so a trend costs at most that many funnels.
 */
@Service
public class Trends {

	public static final int MAX_YEARS = 10;

	/** The years from {@code from} to {@code to}, one row each (oldest first), with the funnel's stages as columns. */
	public record Trend(int from, int to, List<FunnelStage> stages, List<Row> rows) {
	}

	private final ProgrammeStatistics statistics;

	Trends(ProgrammeStatistics statistics) {
		this.statistics = statistics;
	}

	public Trend of(int from, int to, BaseType type, DataScope scope, Locale locale) {
		if (from > to) {
			throw new InvalidRequestException("reporting.trend.order");
		}
		if (to - from + 1 > MAX_YEARS) {
			throw new InvalidRequestException("reporting.trend.tooLong");
		}
		List<Row> rows = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			Row total = statistics.funnel(year, type, scope, locale).total();
			rows.add(new Row(String.valueOf(year), String.valueOf(year), total.counts()));
		}
		return new Trend(from, to, List.of(FunnelStage.values()), rows);
	}
}
