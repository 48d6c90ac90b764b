package cn.tsbase.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;

/**
 * Designated bases for the evaluation tests, each test's bases under its own (earlier) document date, so that a round
 * that takes the bases designated before the day after it holds only that test's bases and later tests' none.
 */
@TestComponent
public record EvaluationFixtures(BaseFixtures bases, JdbcTemplate jdbc) {

	private static final AtomicLong IDS = new AtomicLong(961_400_000L);

	private static final AtomicInteger DAYS = new AtomicInteger();

	/**
	 * Round years handed out from here: a suite takes about fifty, and forms refuse years after 2100 (a test that posts
	 * a year, or the year after, through a form needs it below that). 2043–2059 are the fixed years of other tests.
	 */
	private static final AtomicInteger YEARS = new AtomicInteger(2060);

	/** A year no other test uses for its round. */
	static int nextYear() {
		return YEARS.getAndIncrement();
	}

	/** A document date earlier than every one handed out before. */
	static LocalDate nextDate() {
		return LocalDate.of(1999, 12, 31).minusDays(10L * DAYS.incrementAndGet());
	}

	Designated designate(String name, String district, BaseType type, LocalDate documentDate) {
		return designate(IDS.incrementAndGet(), name, district, type, documentDate);
	}

	/** The same for a unit that exists (e.g. registered with an account, to hear the notifications). */
	Designated designate(long unitId, String name, String district, BaseType type, LocalDate documentDate) {
		long publicationId = IDS.incrementAndGet();
		bases.designate(new ListPublished(publicationId, 0L, 1999, "京市监发〔1999〕" + publicationId % 1000 + "号",
				documentDate, List.of(new ListPublished.Entry(IDS.incrementAndGet(), unitId, name,
						UsccFixtures.random(district), type, district, "SOFTWARE_IT"))));
		long baseId = jdbc.queryForObject(
				"select id from demonstration_base where publication_id = ? and unit_id = ?", Long.class,
				publicationId, unitId);
		return new Designated(baseId, unitId, district);
	}

	long evaluationOf(long baseId) {
		return jdbc.queryForObject("select id from evaluation where base_id = ?", Long.class, baseId);
	}

	long version(long evaluationId) {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluationId);
	}

	long roundVersion(long roundId) {
		return jdbc.queryForObject("select version from evaluation_round where id = ?", Long.class, roundId);
	}

	long systemVersion(long systemId) {
		return jdbc.queryForObject("select version from indicator_system where id = ?", Long.class, systemId);
	}

	String status(long evaluationId) {
		return jdbc.queryForObject("select status from evaluation where id = ?", String.class, evaluationId);
	}

	record Designated(long baseId, long unitId, String district) {
	}
}
