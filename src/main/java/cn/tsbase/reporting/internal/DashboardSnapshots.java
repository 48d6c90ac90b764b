package cn.tsbase.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.reporting.internal.Figures.BaseFigures;
import cn.tsbase.reporting.internal.Figures.Funnel;
import cn.tsbase.reporting.internal.DistrictBases.BaseLights;
import cn.tsbase.reporting.internal.Figures.Table;
import cn.tsbase.reporting.internal.Trends.Trend;
import cn.tsbase.shared.security.DataScope;

/**
 * The dashboard's figures as of a moment, kept on each instance for {@code tsbase.reporting.figures-ttl} (a minute):
 * <ul>
 * <li>a view's funnel, bases and work figures per year, base type, scope and language (some twenty grouped statements
 * over every module's tables, the same at any size);</li>
 * <li>a page of a district's bases with their status lights per district, year and page;</li>
 * <li>the trend over a range of years per range, base type and scope.</li>
 * </ul>
 * Officials open these pages again and again; each says when its figures were counted. Exports, the API and the
 * summary reports always count afresh. A view is counted by one request at a time ({@link KeptValues}). At most
 * {@link #MAX_ENTRIES} views are kept; beyond that the oldest go. A time to live of zero counts every view (the tests).
 */
@Service
public class DashboardSnapshots {

	static final int MAX_ENTRIES = 500;

	/**
	 * The figures of one dashboard view, when they were counted, and their rendered parts: the page renders its
	 * tables once per snapshot (and reader's role) and keeps the markup as long as the snapshot is kept.
	 */
	public record Snapshot(Funnel funnel, BaseFigures bases, List<Table> figures, Instant countedAt,
			Rendered rendered) {
	}

	/** Markup rendered from one snapshot, by part; it lives and goes with its snapshot. */
	public static final class Rendered {

		private final Map<String, String> parts = new ConcurrentHashMap<>();

		/** The part's markup, rendered by the first view that asks for it. */
		public String part(String key, Supplier<String> render) {
			return parts.computeIfAbsent(key, ignored -> render.get());
		}

	}

	/** A page of a district's bases with their lights, and when they were read. */
	public record LightsPage(Page<BaseLights> page, Instant countedAt) {
	}

	/** A trend, and when it was counted. */
	public record TrendSnapshot(Trend trend, Instant countedAt) {
	}

	private record Key(int year, BaseType type, DataScope scope, String language) {
	}

	private record LightsKey(String district, int year, int page, int size, String sort) {
	}

	private record TrendKey(int from, int to, BaseType type, DataScope scope, String language) {
	}

	private final ProgrammeStatistics statistics;
	private final WorkFigures work;
	private final DistrictBases districtBases;
	private final Trends trends;
	private final Clock clock;
	private final KeptValues kept;

	DashboardSnapshots(ProgrammeStatistics statistics, WorkFigures work, DistrictBases districtBases, Trends trends,
			Clock clock, @Value("${tsbase.reporting.figures-ttl:60s}") Duration ttl) {
		this.statistics = statistics;
		this.work = work;
		this.districtBases = districtBases;
		this.trends = trends;
		this.clock = clock;
		this.kept = new KeptValues(clock, ttl, MAX_ENTRIES);
	}

	/** The figures of the year (and type, null for both) inside the scope, counted at most the time to live ago. */
	public Snapshot of(int year, BaseType type, DataScope scope, Locale locale) {
		return kept.get(new Key(year, type, scope, locale.toLanguageTag()), () -> count(year, type, scope, locale))
			.value();
	}

	/** A page of the district's active bases with their lights for the year, read at most the time to live ago. */
	public LightsPage lights(String district, int year, Pageable pageable) {
		KeptValues.Kept<Page<BaseLights>> page = kept.get(
				new LightsKey(district, year, pageable.getPageNumber(), pageable.getPageSize(),
						pageable.getSort().toString()),
				() -> districtBases.page(district, year, pageable));
		return new LightsPage(page.value(), page.countedAt());
	}

	/** The trend over the years inside the scope, counted at most the time to live ago (the page; exports count afresh). */
	public TrendSnapshot trend(int from, int to, BaseType type, DataScope scope, Locale locale) {
		KeptValues.Kept<Trend> trend = kept.get(new TrendKey(from, to, type, scope, locale.toLanguageTag()),
				() -> trends.of(from, to, type, scope, locale));
		return new TrendSnapshot(trend.value(), trend.countedAt());
	}

	/** How long a view's figures are kept. */
	public Duration timeToLive() {
		return kept.timeToLive();
	}

	private Snapshot count(int year, BaseType type, DataScope scope, Locale locale) {
		Instant now = clock.instant();
		return new Snapshot(statistics.funnel(year, type, scope, locale), statistics.bases(scope, locale),
				work.all(year, scope, locale), now, new Rendered());
	}
}
