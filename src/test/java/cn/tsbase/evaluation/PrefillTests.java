package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.DataSource;
import cn.tsbase.evaluation.internal.EvaluationRounds;
import cn.tsbase.evaluation.internal.IndicatorSystems;
import cn.tsbase.evaluation.internal.Prefill;
import cn.tsbase.evaluation.internal.PrefillFigure;
import cn.tsbase.evaluation.internal.SystemView;
import cn.tsbase.operation.PlanState;
import cn.tsbase.shared.crypto.FieldEncryption;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/**
 * The platform's figures beside the indicators (pre-fill), read through the operation, guidance and casework APIs: a
 * base with its plan accepted, one guidance visit with three recommendations (one closed, one overdue, one open) and
 * one leak incident answered by the district; the same figures on the self-evaluation page the unit fills in; many
 * bases at once in as many statements as a few.
 */
@IntegrationTest
class PrefillTests {

	static final String FENGTAI = "110106";

	static final DataScope ALL = new DataScope(DataScope.Kind.ALL, null, null);

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	Prefill prefill;

	@Autowired
	IndicatorSystems systems;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	final List<String> cleanUp = new ArrayList<>();

	@AfterEach
	void removeRecords() {
		for (int i = cleanUp.size() - 1; i >= 0; i--) {
			jdbc.update(cleanUp.get(i));
		}
	}

	@Test
	void aBaseFiguresComeFromItsPlanVisitsAndIncidents() {
		// no round is opened: a year of the test's own, its base new (the figures are the base's)
		int year = 2058;
		EvaluationFixtures.Designated base = fixtures.designate("预填数据公司", FENGTAI, BaseType.POINT,
				EvaluationFixtures.nextDate());
		plan(base, year, "ACCEPTED");
		long officer = officer();
		long visit = visit(officer, base, year);
		followUp(visit, officer, base, "CLOSED", LocalDate.of(2000, 1, 1));
		followUp(visit, officer, base, "OPEN", LocalDate.of(2000, 1, 1));
		followUp(visit, officer, base, "OPEN", LocalDate.of(2199, 1, 1));
		incident(base, LocalDateTime.of(year, 5, 4, 10, 0), 45L);
		awaitProfile(base);

		Map<DataSource, PrefillFigure> figures = prefill.figures(EnumSet.allOf(DataSource.class), base.baseId(), year,
				new DataScope(DataScope.Kind.DISTRICT, FENGTAI, null));

		assertThat(figures.get(DataSource.PLAN_ACCEPTED).key()).isEqualTo("evaluation.prefill.plan.ACCEPTED");
		assertThat(figures.get(DataSource.GUIDANCE_FOLLOWUPS_CLOSED))
			.isEqualTo(new PrefillFigure("evaluation.prefill.guidance", List.of(1L, 3L, 1L, 2L, 1L)));
		assertThat(figures.get(DataSource.INCIDENTS_HANDLED))
			.isEqualTo(new PrefillFigure("evaluation.prefill.incidents", List.of(1, 1L, 0L)));
		assertThat(figures.get(DataSource.REPORTS_ON_TIME).key()).isEqualTo("evaluation.prefill.reports.noneDue");
		assertThat(figures.get(DataSource.TRAININGS_AGAINST_TARGET))
			.isEqualTo(new PrefillFigure("evaluation.prefill.activities", List.of(0L, 0L, 0L, 0L)));
		// a point has no member units: no figure rather than a made-up one
		assertThat(figures).doesNotContainKey(DataSource.MEMBERS_RULES_RATIO);

		// the year before: no plan, no visit, no incident
		Map<DataSource, PrefillFigure> before = prefill.figures(EnumSet.allOf(DataSource.class), base.baseId(),
				year - 1, new DataScope(DataScope.Kind.DISTRICT, FENGTAI, null));
		assertThat(before.get(DataSource.PLAN_ACCEPTED).key()).isEqualTo("evaluation.prefill.plan.NONE");
		assertThat(before.get(DataSource.GUIDANCE_FOLLOWUPS_CLOSED).key())
			.isEqualTo("evaluation.prefill.guidance.none");
		assertThat(before.get(DataSource.INCIDENTS_HANDLED).key()).isEqualTo("evaluation.prefill.incidents.none");

		// another district's scope does not see the incident
		assertThat(prefill.figures(EnumSet.of(DataSource.INCIDENTS_HANDLED), base.baseId(), year,
				new DataScope(DataScope.Kind.DISTRICT, "110108", null)).get(DataSource.INCIDENTS_HANDLED).key())
			.isEqualTo("evaluation.prefill.incidents.none");
	}

	@Test
	void theUnitSeesTheFiguresBesideTheIndicatorsItSelfEvaluates() throws Exception {
		int year = 2055;
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("预填页面公司", FENGTAI, BaseType.POINT, date);
		plan(base, year, "SUBMITTED");
		SystemView point = systems.createDefault(year, BaseType.POINT, "test-municipal");
		SystemView zone = systems.createDefault(year, BaseType.ZONE, "test-municipal");
		long roundId = rounds.open(new EvaluationRounds.Opening(year, date.plusDays(1), LocalDate.of(year, 1, 20),
				LocalDate.of(year, 2, 27), point.id(), zone.id()), "test-municipal");
		long evaluationId = fixtures.evaluationOf(base.baseId());

		String page = mvc.perform(get("/evaluation/evaluations/{id}", evaluationId)
			.with(Principals.role(Role.APPLICANT, FENGTAI, base.unitId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("平台数据（年度计划提交并受理）：本年度计划已提交，待区局受理")
			.contains("平台数据（指导意见落实情况）：本年度暂无指导记录")
			.contains("平台数据（泄密事件报告与处置）：本年度未报告泄密事件");

		// where the figure is wrong the unit says so beside it; a note on an indicator without a figure is not kept
		mvc.perform(post("/evaluation/evaluations/{id}/self", evaluationId)
			.with(Principals.role(Role.APPLICANT, FENGTAI, base.unitId()))
			.with(csrf())
			.param("version", String.valueOf(fixtures.version(evaluationId)))
			.param("text_S4", "年度计划已按期编制")
			.param("score_S4", "5")
			.param("figureNote_S4", "计划已于3月12日提交，区局尚未受理")
			.param("figureNote_S1", "不应保存"))
			.andExpect(status().is3xxRedirection());
		String items = jdbc.queryForObject("select items from evaluation where id = ?", String.class, evaluationId);
		assertThat(items).contains("计划已于3月12日提交，区局尚未受理").doesNotContain("不应保存");
		assertThat(mvc.perform(get("/evaluation/evaluations/{id}", evaluationId)
			.with(Principals.role(Role.APPLICANT, FENGTAI, base.unitId())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"figureNote_S4\"").contains("计划已于3月12日提交，区局尚未受理");

		// the district's export of the round: its bases with the same figures, the other district's none
		List<List<String>> rows = ExportedWorkbooks.rows(mvc, get("/evaluation/rounds/{id}/figures.xlsx", roundId)
			.with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null)));
		assertThat(rows.get(0)).startsWith("单位名称", "所在区", "类型", "评估状态", "年度计划提交并受理");
		assertThat(rows.subList(1, rows.size())).singleElement()
			.satisfies(row -> assertThat(row).startsWith("预填页面公司", "丰台区")
				.contains("本年度计划已提交，待区局受理", "本年度暂无指导记录"));
		assertThat(ExportedWorkbooks.rows(mvc, get("/evaluation/rounds/{id}/figures.xlsx", roundId)
			.with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)))).hasSize(1);
	}

	@Test
	void manyBasesCostTheStatementsOfAFew() {
		int year = 2058;
		LocalDate date = EvaluationFixtures.nextDate();
		List<Long> bases = LongStream.range(0, 12)
			.mapToObj(i -> fixtures.designate("预填批量公司" + i, FENGTAI, BaseType.POINT, date).baseId())
			.toList();

		StatementCounter.reset();
		Map<Long, Map<DataSource, PrefillFigure>> few = prefill.figures(EnumSet.allOf(DataSource.class),
				bases.subList(0, 2), year, ALL);
		long forTwo = StatementCounter.count();
		StatementCounter.reset();
		Map<Long, Map<DataSource, PrefillFigure>> many = prefill.figures(EnumSet.allOf(DataSource.class), bases, year,
				ALL);
		long forTwelve = StatementCounter.count();

		assertThat(few).hasSize(2);
		assertThat(many).hasSize(12).allSatisfy((id, figures) -> assertThat(figures.get(DataSource.PLAN_ACCEPTED).key())
			.isEqualTo("evaluation.prefill.plan.NONE"));
		assertThat(forTwelve).as(() -> "statements: " + StatementCounter.statements()).isEqualTo(forTwo);
	}

	@Test
	void everyPlanStateHasItsWords() {
		for (PlanState state : PlanState.values()) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				assertThat(messages.getMessage("evaluation.prefill.plan." + state.name(), null, locale)).isNotBlank();
			}
		}
	}

	private void plan(EvaluationFixtures.Designated base, int year, String status) {
		jdbc.update("insert into annual_plan (base_id, unit_id, unit_name, district_code, base_type, plan_year, status,"
				+ " submitted_version, updated_at, version) values (?, ?, '预填数据公司', ?, 'POINT', ?, ?, 1, ?, 0)",
				base.baseId(), base.unitId(), base.district(), year, status, Timestamp.from(Instant.now()));
		cleanUp.add("delete from annual_plan where base_id = " + base.baseId());
	}

	private long officer() {
		long id = 961_900_000L + (System.nanoTime() % 90_000);
		jdbc.update("insert into guidance_officer (id, account_id, username, display_name, district_code, expertise,"
				+ " active, appointed_by, appointed_at, version) values (?, ?, ?, '预填指导员', ?, '商业秘密', true,"
				+ " 'test', ?, 0)", id, id, "pf" + id, FENGTAI, Timestamp.from(Instant.now()));
		cleanUp.add("delete from guidance_officer where id = " + id);
		return id;
	}

	private long visit(long officer, EvaluationFixtures.Designated base, int year) {
		jdbc.update("insert into guidance_visit (officer_id, unit_id, unit_name, district_code, base_id, visited_on,"
				+ " visit_year, mode, participants, topics, checked, findings, status, recorded_by, recorded_at, version)"
				+ " values (?, ?, '预填数据公司', ?, ?, ?, ?, 'ON_SITE', '某人', '主题', '', '发现', 'RECORDED', 'test', ?, 0)",
				officer, base.unitId(), base.district(), base.baseId(), LocalDate.of(year, 4, 1), year,
				Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select max(id) from guidance_visit where officer_id = ?", Long.class, officer);
		cleanUp.add("delete from guidance_visit where id = " + id);
		return id;
	}

	private void followUp(long visit, long officer, EvaluationFixtures.Designated base, String status,
			LocalDate dueOn) {
		jdbc.update("insert into guidance_follow_up (visit_id, officer_id, unit_id, unit_name, district_code,"
				+ " recommendation, due_on, status, version) values (?, ?, ?, '预填数据公司', ?, '完善制度', ?, ?, 0)", visit,
				officer, base.unitId(), base.district(), dueOn, status);
		cleanUp.add("delete from guidance_follow_up where visit_id = " + visit);
	}

	private void incident(EvaluationFixtures.Designated base, LocalDateTime reportedAt, Long responseMinutes) {
		jdbc.update("insert into leak_incident (unit_id, unit_name, district_code, base_id, discovered_on, reported_at,"
				+ " reported_by, origin, intent, secret_category, channel, description, evidence_secured,"
				+ " access_revoked, letters_sent, police_reported, help_wanted, remedy, status, response_minutes,"
				+ " first_contact_at, version) values (?, '预填数据公司', ?, ?, ?, ?, 'test', 'INTERNAL', 'ACCIDENTAL',"
				+ " 'TECHNICAL', 'OTHER', ?, false, false, false, false, false, 'UNDECIDED', 'RESPONDING', ?, ?, 0)",
				base.unitId(), base.district(), base.baseId(), reportedAt.toLocalDate(), beijing(reportedAt),
				encryption.encrypt("预填事件"), responseMinutes, beijing(reportedAt.plusMinutes(responseMinutes)));
		cleanUp.add("delete from leak_incident where base_id = " + base.baseId());
	}

	private void awaitProfile(EvaluationFixtures.Designated base) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from base_profile where base_id = ?", Long.class,
					base.baseId()) == 1);
	}

	private static Timestamp beijing(LocalDateTime time) {
		return Timestamp.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}
}
