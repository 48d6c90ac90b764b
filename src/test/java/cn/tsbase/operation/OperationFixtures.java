package cn.tsbase.operation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;

/**
 * Designated bases for the operation tests: each designated the way a publication designates it (through the base
 * module), its profile opened by the operation module's listener.
 */
record OperationFixtures(BaseFixtures bases, JdbcTemplate jdbc) {

	private static final long FIRST_ID = 960_700_000L;

	private static final long LAST_ID = 961_399_999L;

	/**
	 * Continues after the highest id of this range already in the database: a second JVM on the same database (e.g.
	 * surefire's fuzz-regression execution re-running the tests named with -Dtest on PostgreSQL) would otherwise replay
	 * the first run's publications and get the first run's bases, with their members and activities.
	 */
	private static final AtomicLong IDS = new AtomicLong(-1);

	/** A designated base of a made-up unit; waits until its profile is open. */
	Designated designate(String name, String district, BaseType type) {
		return designate(nextId(), name, district, type);
	}

	private long nextId() {
		synchronized (IDS) {
			if (IDS.get() < 0) {
				IDS.set(jdbc.queryForObject("select coalesce(max(greatest(publication_id, declaration_id, unit_id)), ?) "
						+ "from demonstration_base where publication_id between ? and ?", Long.class, FIRST_ID,
						FIRST_ID, LAST_ID));
			}
			return IDS.incrementAndGet();
		}
	}

	/** A designated base of the given (e.g. registered) unit; waits until its profile is open. */
	Designated designate(long unitId, String name, String district, BaseType type) {
		return designate(unitId, nextId(), name, district, type);
	}

	/** A designated base of the given unit, designated by the given (e.g. really submitted) declaration. */
	Designated designate(long unitId, long declarationId, String name, String district, BaseType type) {
		long publicationId = nextId();
		int created = bases.designate(new ListPublished(publicationId, 0L, 2025, "京市监发〔2025〕" + publicationId % 1000 + "号",
				LocalDate.of(2025, 12, 10), List.of(new ListPublished.Entry(declarationId, unitId, name,
						UsccFixtures.random(district), type, district, "SOFTWARE_IT"))));
		// a replayed publication designates nothing: the test would silently share another test's base
		if (created != 1) {
			throw new IllegalStateException("Publication " + publicationId + " of unit " + unitId
					+ " designated no new base (ids reused on a database that is not fresh?)");
		}
		long baseId = jdbc.queryForObject(
				"select id from demonstration_base where publication_id = ? and unit_id = ?", Long.class,
				publicationId, unitId);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from base_profile where base_id = ?", Long.class,
					baseId) == 1);
		return new Designated(baseId, unitId, district);
	}

	long version(long baseId) {
		return jdbc.queryForObject("select version from base_profile where base_id = ?", Long.class, baseId);
	}

	long planVersion(long baseId, int year) {
		return jdbc.queryForObject("select version from annual_plan where base_id = ? and plan_year = ?", Long.class,
				baseId, year);
	}

	record Designated(long baseId, long unitId, String district) {
	}
}
