package cn.tsbase.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.reporting.internal.Figures.BaseFigures;
import cn.tsbase.reporting.internal.Figures.Funnel;
import cn.tsbase.reporting.internal.Figures.Table;
import cn.tsbase.shared.security.DataScope;

/**
 * The dashboard's figures as of a moment, kept on each instance for {@code tsbase.reporting.figures-ttl} (a minute)
 * per year, base type, scope and language: the funnel, the bases and the work figures take some twenty grouped
 * statements over every module's tables, the same at any size, and officials open the dashboard again and again. The
 * page says when its figures were counted. Exports, the API and the summary reports always count afresh. At most
 * {@link #MAX_ENTRIES} views are kept (a municipal view and one per district, per year, type and language are far
 * fewer); beyond that the oldest go. A time to live of zero counts every view (the tests).
 */
@Service
public class DashboardSnapshots {

	static final int MAX_ENTRIES = 500;

	/** The figures of one dashboard view, and when they were counted. */
	public record Snapshot(Funnel funnel, BaseFigures bases, List<Table> figures, Instant countedAt) {
	}

	private record Key(int year, BaseType type, DataScope scope, String language) {
	}

	private final ProgrammeStatistics statistics;
	private final WorkFigures work;
	private final Clock clock;
	private final Duration ttl;
	private final Map<Key, Snapshot> snapshots = new ConcurrentHashMap<>();

	DashboardSnapshots(ProgrammeStatistics statistics, WorkFigures work, Clock clock,
			@Value("${tsbase.reporting.figures-ttl:60s}") Duration ttl) {
		this.statistics = statistics;
		this.work = work;
		this.clock = clock;
		this.ttl = ttl;
	}

	/** The figures of the year (and type, null for both) inside the scope, counted at most the time to live ago. */
	public Snapshot of(int year, BaseType type, DataScope scope, Locale locale) {
		Instant now = clock.instant();
		if (ttl.isZero() || ttl.isNegative()) {
			return count(year, type, scope, locale, now);
		}
		Key key = new Key(year, type, scope, locale.toLanguageTag());
		Snapshot kept = snapshots.get(key);
		if (kept != null && kept.countedAt().plus(ttl).isAfter(now) && !kept.countedAt().isAfter(now)) {
			return kept;
		}
		Snapshot fresh = count(year, type, scope, locale, now);
		if (snapshots.size() >= MAX_ENTRIES) {
			snapshots.entrySet().removeIf(entry -> !entry.getValue().countedAt().plus(ttl).isAfter(now));
			if (snapshots.size() >= MAX_ENTRIES) {
				snapshots.clear();
			}
		}
		snapshots.put(key, fresh);
		return fresh;
	}

	/** How long a view's figures are kept. */
	public Duration timeToLive() {
		return ttl;
	}

	private Snapshot count(int year, BaseType type, DataScope scope, Locale locale, Instant now) {
		return new Snapshot(statistics.funnel(year, type, scope, locale), statistics.bases(scope, locale),
				work.all(year, scope, locale), now);
	}
}
