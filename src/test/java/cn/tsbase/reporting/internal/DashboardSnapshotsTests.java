package cn.tsbase.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.reporting.internal.DashboardSnapshots.LightsPage;
import cn.tsbase.reporting.internal.DashboardSnapshots.Snapshot;
import cn.tsbase.reporting.internal.DashboardSnapshots.TrendSnapshot;
import cn.tsbase.shared.security.DataScope;

/**
 * A dashboard view's figures are counted once per time to live for its year, type, scope and language, then afresh;
 * a time to live of zero counts every view (issue 16, point 3: the dashboard at a handful of statements).
 */
@IntegrationTest
class DashboardSnapshotsTests {

	private static final String MENTOUGOU = "110109";
	private static final DataScope ALL = new DataScope(DataScope.Kind.ALL, null, null);
	private static final DataScope DISTRICT = new DataScope(DataScope.Kind.DISTRICT, MENTOUGOU, null);
	private static final AtomicLong IDS = new AtomicLong(983_700_000L);

	@Autowired
	ProgrammeStatistics statistics;

	@Autowired
	WorkFigures work;

	@Autowired
	DistrictBases districtBases;

	@Autowired
	Trends trends;

	@Autowired
	BaseFixtures bases;

	/** A clock that moves only when the test moves it (a loaded machine takes its time between the views). */
	private final MutableClock clock = new MutableClock(Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC));

	@Test
	void aViewIsCountedOncePerTimeToLiveThenAfresh() {
		DashboardSnapshots snapshots = new DashboardSnapshots(statistics, work, districtBases, trends, clock, Duration.ofSeconds(60));
		Snapshot first = snapshots.of(2026, null, DISTRICT, Locale.SIMPLIFIED_CHINESE);
		long before = total(first);

		designateInMentougou();
		clock.advance(Duration.ofSeconds(59));
		Snapshot kept = snapshots.of(2026, null, DISTRICT, Locale.SIMPLIFIED_CHINESE);
		assertThat(kept).isSameAs(first);
		assertThat(total(kept)).isEqualTo(before);
		// another scope, type or language is a view of its own, counted now
		Snapshot municipal = snapshots.of(2026, null, ALL, Locale.SIMPLIFIED_CHINESE);
		assertThat(municipal).isNotSameAs(first);
		assertThat(snapshots.of(2026, BaseType.POINT, DISTRICT, Locale.SIMPLIFIED_CHINESE)).isNotSameAs(first);
		assertThat(snapshots.of(2026, null, DISTRICT, Locale.ENGLISH)).isNotSameAs(first);

		clock.advance(Duration.ofSeconds(2));
		Snapshot fresh = snapshots.of(2026, null, DISTRICT, Locale.SIMPLIFIED_CHINESE);
		assertThat(fresh).isNotSameAs(first);
		assertThat(total(fresh)).isEqualTo(before + 1);
		assertThat(fresh.countedAt()).isEqualTo(clock.instant());
		assertThat(snapshots.of(2026, null, DISTRICT, Locale.SIMPLIFIED_CHINESE)).isSameAs(fresh);
	}

	@Test
	void aTimeToLiveOfZeroCountsEveryView() {
		DashboardSnapshots snapshots = new DashboardSnapshots(statistics, work, districtBases, trends, clock, Duration.ZERO);
		Snapshot first = snapshots.of(2026, null, DISTRICT, Locale.SIMPLIFIED_CHINESE);
		designateInMentougou();
		Snapshot second = snapshots.of(2026, null, DISTRICT, Locale.SIMPLIFIED_CHINESE);
		assertThat(second).isNotSameAs(first);
		assertThat(total(second)).isEqualTo(total(first) + 1);
	}

	@Test
	void aPageOfTheDistrictsBasesAndATrendAreKeptForTheTimeToLiveToo() {
		DashboardSnapshots snapshots = new DashboardSnapshots(statistics, work, districtBases, trends, clock,
				Duration.ofSeconds(60));
		PageRequest firstPage = PageRequest.of(0, 500, Sort.by("unitName"));
		LightsPage lights = snapshots.lights(MENTOUGOU, 2026, firstPage);
		TrendSnapshot trend = snapshots.trend(2025, 2026, null, DISTRICT, Locale.SIMPLIFIED_CHINESE);
		long basesBefore = lights.page().getTotalElements();

		designateInMentougou();
		clock.advance(Duration.ofSeconds(59));
		assertThat(snapshots.lights(MENTOUGOU, 2026, firstPage)).isEqualTo(lights);
		assertThat(snapshots.trend(2025, 2026, null, DISTRICT, Locale.SIMPLIFIED_CHINESE)).isEqualTo(trend);
		// another page size or range is a view of its own, read now
		assertThat(snapshots.lights(MENTOUGOU, 2026, PageRequest.of(0, 499, Sort.by("unitName"))).page()
			.getTotalElements()).isEqualTo(basesBefore + 1);

		clock.advance(Duration.ofSeconds(2));
		LightsPage fresh = snapshots.lights(MENTOUGOU, 2026, firstPage);
		assertThat(fresh.page().getTotalElements()).isEqualTo(basesBefore + 1);
		assertThat(fresh.countedAt()).isEqualTo(clock.instant());
		assertThat(snapshots.trend(2025, 2026, null, DISTRICT, Locale.SIMPLIFIED_CHINESE).countedAt())
			.isEqualTo(clock.instant());
	}

	private static long total(Snapshot snapshot) {
		return snapshot.bases().districtTotal().counts().stream().mapToLong(Long::longValue).sum();
	}

	private void designateInMentougou() {
		long publication = IDS.incrementAndGet();
		bases.designate(new ListPublished(publication, 0L, 2025, "京市监发〔2025〕" + publication % 1000 + "号",
				LocalDate.of(2025, 12, 10), List.of(new ListPublished.Entry(IDS.incrementAndGet(),
						IDS.incrementAndGet(), "门头沟快照科技有限公司" + publication, UsccFixtures.random(MENTOUGOU),
						BaseType.POINT, MENTOUGOU, "SOFTWARE_IT"))));
	}
}
