package cn.tsbase.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.IndicatorSystems;
import cn.tsbase.publicnotice.ListPublished;

/**
 * The evaluation module's public test fixture: a registered unit's base designated and graded 不合格 in a published
 * round of its own year, the way the module's services grade it, for other modules' tests (the browser journeys).
 */
public final class GradedBases {

	private static final AtomicLong IDS = new AtomicLong(962_700_000L);

	private final BaseFixtures bases;
	private final JdbcTemplate jdbc;
	private final PublishedRounds published;
	private final IndicatorSystems systems;

	private GradedBases(ApplicationContext context) {
		this.bases = context.getBean(BaseFixtures.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.published = context.getBean(PublishedRounds.class);
		this.systems = context.getBean(IndicatorSystems.class);
	}

	public static GradedBases of(ApplicationContext context) {
		return new GradedBases(context);
	}

	/** A base designated under its own document date, ready for a round of {@code year} opened in a journey. */
	public record ReadyForRound(long baseId, LocalDate documentDate, int year) {
	}

	/**
	 * A designated point base of the unit, its annual plan of the year (one no other test opens a round of) accepted,
	 * and the platform's default indicator systems of that year: what the bureau needs to open that year's round
	 * over this base alone (designated before the day after {@code documentDate}).
	 */
	public ReadyForRound readyForRound(long unitId, String unitName, String uscc, String district, int year) {
		LocalDate documentDate = EvaluationFixtures.nextDate();
		long baseId = designate(unitId, unitName, uscc, district, documentDate);
		jdbc.update("insert into annual_plan (base_id, unit_id, unit_name, district_code, base_type, plan_year, status,"
				+ " submitted_version, updated_at, version) values (?, ?, ?, ?, 'POINT', ?, 'ACCEPTED', 1, ?, 0)",
				baseId, unitId, unitName, district, year, java.sql.Timestamp.from(java.time.Instant.now()));
		systems.createDefault(year, BaseType.POINT, "test-municipal");
		systems.createDefault(year, BaseType.ZONE, "test-municipal");
		return new ReadyForRound(baseId, documentDate, year);
	}

	/** The base graded 不合格 again in the next year's published round: two years running, a ground for revocation. */
	public void failedAgain(long baseId) {
		LocalDate documentDate = jdbc.queryForObject("select document_date from demonstration_base where id = ?",
				LocalDate.class, baseId);
		published.publish(EvaluationFixtures.nextYear(), documentDate, Set.of(baseId));
	}

	/** A designated point base of the unit, graded 不合格 (a failed veto item) in a published round; its id. */
	public long failed(long unitId, String unitName, String uscc, String district) {
		LocalDate documentDate = EvaluationFixtures.nextDate();
		long baseId = designate(unitId, unitName, uscc, district, documentDate);
		published.publish(EvaluationFixtures.nextYear(), documentDate, Set.of(baseId));
		return baseId;
	}

	/** The unit's point base, designated by a list published under the document date; its id. */
	private long designate(long unitId, String unitName, String uscc, String district, LocalDate documentDate) {
		long publicationId = IDS.incrementAndGet();
		bases.designate(new ListPublished(publicationId, 0L, 1999, "京市监发〔1999〕" + publicationId % 1000 + "号",
				documentDate, List.of(new ListPublished.Entry(IDS.incrementAndGet(), unitId, unitName, uscc,
						BaseType.POINT, district, "SOFTWARE_IT"))));
		return jdbc.queryForObject("select id from demonstration_base where publication_id = ? and unit_id = ?",
				Long.class, publicationId, unitId);
	}
}
