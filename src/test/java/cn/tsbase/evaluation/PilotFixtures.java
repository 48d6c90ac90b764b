package cn.tsbase.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.DistrictPilots;
import cn.tsbase.evaluation.internal.EvaluationRounds;
import cn.tsbase.evaluation.internal.PilotDossierApplication;
import cn.tsbase.evaluation.internal.PilotDossierScoring;
import cn.tsbase.evaluation.internal.PilotDossiers;
import cn.tsbase.evaluation.internal.PilotLetters;
import cn.tsbase.evaluation.internal.PilotScores;
import cn.tsbase.evaluation.internal.PilotStage;
import cn.tsbase.evaluation.internal.SystemView;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The national pilot's set-up for its tests: the callers (the bureau, a district's officer), a district with a base
 * and the year's results published, dossiers submitted or scored through the use cases, the version of a row, and the
 * clock that a test moves (the test puts it back after each test). {@link #forDistrict} builds the pages with everything on
 * them, for the page checks of other packages (accessibility): a year whose letter recommended the district, whose
 * pilot is running with a progress report awaiting the bureau; a later year with the district's dossier in draft and
 * another district's submitted for scoring; an open round.
 */
@TestComponent
public record PilotFixtures(EvaluationFixtures fixtures, PublishedRounds published, PilotDossiers dossiers,
		PilotDossierApplication application, PilotDossierScoring scoring, PilotLetters letters,
		DistrictPilots pilots, JdbcTemplate jdbc, MutableClock clock) {

	/** The municipal bureau's officer, for requests. */
	public static RequestPostProcessor municipal() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	/** A district's officer, for requests. */
	public static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	/** The municipal bureau's officer, for the use cases. */
	public static CurrentUser bureau() {
		return PublishedRounds.user(Role.MUNICIPAL_OFFICER, null, null);
	}

	/** A district's officer, for the use cases. */
	public static CurrentUser officer(String district) {
		return PublishedRounds.user(Role.DISTRICT_OFFICER, district, null);
	}

	/** Scores of the criteria P1, P2 … in order, each with a comment. */
	public static Map<String, PilotScores.Entry> scores(String... values) {
		Map<String, PilotScores.Entry> result = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			result.put("P" + (i + 1), new PilotScores.Entry(new BigDecimal(values[i]), "评语" + (i + 1)));
		}
		return result;
	}

	/** The pages' ids: the ranking years, the dossiers, the running pilot and the open round. */
	public record Pages(int recommendedYear, int draftYear, long draftDossier, long submittedDossier, long pilot,
			long openRound) {
	}

	/** Builds it all for the district (the other district is 朝阳区, or 海淀区 when the district is 朝阳区). */
	public Pages forDistrict(String district) {
		String other = "110105".equals(district) ? "110108" : "110105";
		CurrentUser bureau = bureau();
		int recommendedYear = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		fixtures.designate("试点页面检查公司" + recommendedYear, district, BaseType.POINT, date);
		published.publish(recommendedYear, date, Set.of());
		long recommended = submitted(district, recommendedYear, true);
		submitted(other, recommendedYear, true);
		letters.issue(recommendedYear, "京市监函〔2026〕" + recommendedYear % 100 + "号", LocalDate.now(),
				List.of(recommended), bureau);
		long pilot = jdbc.queryForObject("select id from district_pilot where dossier_id = ?", Long.class,
				recommended);
		pilots.record(pilot, version("district_pilot", pilot), PilotStage.APPROVED, LocalDate.now(),
				"国市监竞争函〔2026〕9号", "第四批", bureau);
		pilots.record(pilot, version("district_pilot", pilot), PilotStage.IN_PILOT, LocalDate.now(),
				"京市监发〔2026〕40号", null, bureau);
		jdbc.update("insert into pilot_progress_report (pilot_id, district_code, report_year, half_year, status, "
				+ "content, trainings, people_trained, firms_visited, institutional_results, cases_handled, "
				+ "submitted_by, submitted_at, version) values (?, ?, ?, 1, 'SUBMITTED', '上半年举办培训三场', 3, 120, "
				+ "40, 1, 2, 'test-district', current_timestamp, 0)", pilot, district, recommendedYear);

		int draftYear = EvaluationFixtures.nextYear();
		LocalDate later = EvaluationFixtures.nextDate();
		fixtures.designate("试点页面检查二公司" + draftYear, district, BaseType.POINT, later);
		published.publish(draftYear, later, Set.of());
		long draft = dossiers.build(district, draftYear, bureau);
		long submitted = submitted(other, draftYear, false);

		int openYear = EvaluationFixtures.nextYear();
		SystemView point = published.systems().createDefault(openYear, BaseType.POINT, "test-municipal");
		SystemView zone = published.systems().createDefault(openYear, BaseType.ZONE, "test-municipal");
		long round = published.rounds().open(new EvaluationRounds.Opening(openYear, LocalDate.of(1990, 1, 1),
				LocalDate.of(openYear, 1, 20), LocalDate.of(openYear, 2, 27), point.id(), zone.id()), "test-municipal");
		return new Pages(recommendedYear, draftYear, draft, submitted, pilot, round);
	}

	/** A designated base of the district and the year's evaluation results published: dossiers of it can be built. */
	public void published(String district, int year) {
		published("试点旅程公司" + year, district, year);
	}

	/** The next year with a base of the company designated in the district and the year's results published. */
	public int publishedYear(String company, String district) {
		int year = EvaluationFixtures.nextYear();
		published(company, district, year);
		return year;
	}

	private void published(String company, String district, int year) {
		LocalDate date = EvaluationFixtures.nextDate();
		fixtures.designate(company, district, BaseType.POINT, date);
		published.publish(year, date, Set.of());
	}

	/** The district's dossier of the year built, with a work plan and the bureau's reason, and submitted. */
	public long submitted(String district, int year) {
		long id = dossiers.build(district, year, bureau());
		application.writeWorkPlan(id, version("pilot_dossier", id), "<p>工作方案</p>", officer(district));
		dossiers.writeReason(id, version("pilot_dossier", id), "基础扎实", bureau());
		dossiers.submit(id, version("pilot_dossier", id), officer(district));
		return id;
	}

	/** The district's dossier of the year submitted and scored by the bureau. */
	public long scored(String district, int year, Map<String, PilotScores.Entry> scores) {
		long id = submitted(district, year);
		scoring.score(id, version("pilot_dossier", id), scores, bureau());
		return id;
	}

	/** The version a row of the table has now. */
	public long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private long submitted(String district, int year, boolean scored) {
		return scored ? scored(district, year, scores("18", "17", "16.5", "18", "15")) : submitted(district, year);
	}
}
