package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.EvaluationRounds;
import cn.tsbase.evaluation.internal.Evaluations;
import cn.tsbase.evaluation.internal.IndicatorSystems;
import cn.tsbase.evaluation.internal.MissedSelfEvaluationRule;
import cn.tsbase.evaluation.internal.MissedSelfEvaluations;
import cn.tsbase.evaluation.internal.SelfAndDistrictInputs;
import cn.tsbase.evaluation.internal.SystemView;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * When the self-evaluation deadline (Beijing time) has passed, the daily check closes every evaluation never submitted
 * under the round's rule: by the platform's default (shown as such) the district scores it anyway and it is marked
 * 未自评; a round the bureau set to 不合格 before the deadline grades it 不合格 through the cap whatever the others
 * score. A submitted evaluation is left alone; the rule cannot change after the deadline; only the bureau sets it.
 */
@IntegrationTest
class MissedSelfEvaluationTests {

	static final String TONGZHOU = "110112";

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	IndicatorSystems systems;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	Evaluations evaluations;

	@Autowired
	MissedSelfEvaluations missed;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	long open(int year, LocalDate lastDesignation) {
		SystemView point = systems.createDefault(year, BaseType.POINT, "test-municipal");
		SystemView zone = systems.createDefault(year, BaseType.ZONE, "test-municipal");
		return rounds.open(new EvaluationRounds.Opening(year, lastDesignation.plusDays(1), LocalDate.of(year, 1, 20),
				LocalDate.of(year, 2, 27), point.id(), zone.id()), "test-municipal");
	}

	String column(String column, long evaluationId) {
		return jdbc.queryForObject("select " + column + " from evaluation where id = ?", String.class,
				evaluationId);
	}

	void submitSelf(long id, long unitId) {
		CurrentUser unit = PublishedRounds.user(Role.APPLICANT, TONGZHOU, unitId);
		Map<String, SelfAndDistrictInputs.Self> self = new LinkedHashMap<>();
		indicators(id).indicators().forEach(i -> self.put(i.code(), new SelfAndDistrictInputs.Self("已落实",
				i.veto() ? null : i.points().multiply(new BigDecimal("0.9")).setScale(1, RoundingMode.HALF_UP))));
		evaluations.writeSelf(id, fixtures.version(id), self, unit);
		evaluations.submitSelf(id, fixtures.version(id), unit);
	}

	void scoreAndPropose(long id) {
		CurrentUser officer = PublishedRounds.user(Role.DISTRICT_OFFICER, TONGZHOU, null);
		Map<String, SelfAndDistrictInputs.District> scores = new LinkedHashMap<>();
		indicators(id).indicators().forEach(i -> scores.put(i.code(), new SelfAndDistrictInputs.District(
				i.veto() ? null : i.points().multiply(new BigDecimal("0.9")).setScale(1, RoundingMode.HALF_UP),
				"意见", false)));
		evaluations.score(id, fixtures.version(id), scores, officer);
		evaluations.propose(id, fixtures.version(id), officer);
	}

	List<String> notifications(String username, String link) {
		return jdbc.queryForList("select n.message_key from notification n join user_account a on a.id = n.recipient_id"
				+ " where a.username = ? and n.link = ? order by n.id", String.class, username, link);
	}

	EvaluationFixtures.Designated registeredBase(UnitFixtures.RegisteredUnit unit, LocalDate date) {
		return fixtures.designate(unit.unit().getId(), unit.unit().getName(), TONGZHOU, BaseType.POINT, date);
	}

	IndicatorModel indicators(long evaluationId) {
		return systems.find(jdbc.queryForObject("select system_id from evaluation where id = ?", Long.class,
				evaluationId)).content();
	}

	@Test
	void byThePlatformsDefaultTheDistrictScoresABaseThatMissedTheDeadlineAndItIsMarked() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated diligent = fixtures.designate("按时自评公司" + year, TONGZHOU, BaseType.POINT, date);
		EvaluationFixtures.Designated silent = fixtures.designate("逾期未自评公司" + year, TONGZHOU, BaseType.POINT, date);
		long round = open(year, date);
		long submitted = fixtures.evaluationOf(diligent.baseId());
		long late = fixtures.evaluationOf(silent.baseId());
		submitSelf(submitted, diligent.unitId());
		mvc.perform(get("/evaluation/rounds/{id}", round).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("区局照常评分，标注“未自评”")))
			.andExpect(content().string(containsString("平台默认")));

		clock.setTo(Instant.parse(year + "-01-20T15:00:00Z")); // 23:00 on the deadline in Beijing: not yet
		missed.close();
		assertThat(column("status", late)).isEqualTo("SELF_EVALUATION");

		clock.setTo(Instant.parse(year + "-01-20T16:30:00Z")); // 00:30 the day after in Beijing
		missed.close();
		assertThat(column("status", late)).isEqualTo("SUBMITTED");
		assertThat(column("self_missed", late)).isEqualTo("DISTRICT_SCORES");
		assertThat(column("status", submitted)).isEqualTo("SUBMITTED");
		assertThat(column("self_missed", submitted)).isNull();
		mvc.perform(post("/evaluation/rounds/{id}/missed-self-rule", round)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)).with(csrf())
			.param("version", String.valueOf(fixtures.roundVersion(round))).param("rule", "FAILS"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("自评截止日期已过")));
		mvc.perform(get("/evaluation/evaluations/{id}", late).with(Principals.role(Role.DISTRICT_OFFICER, TONGZHOU,
				null))).andExpect(status().isOk()).andExpect(content().string(containsString("未自评")));

		scoreAndPropose(late);
		assertThat(column("status", late)).isEqualTo("PROPOSED");
	}

	@Test
	void aRoundSetToFailBeforeTheDeadlineGradesTheBaseThatMissedItAsFail() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated diligent = fixtures.designate("按时自评二公司" + year, TONGZHOU, BaseType.POINT, date);
		EvaluationFixtures.Designated silent = fixtures.designate("逾期未自评二公司" + year, TONGZHOU, BaseType.POINT, date);
		long round = open(year, date);
		long submitted = fixtures.evaluationOf(diligent.baseId());
		long late = fixtures.evaluationOf(silent.baseId());

		mvc.perform(post("/evaluation/rounds/{id}/missed-self-rule", round)
			.with(Principals.role(Role.DISTRICT_OFFICER, TONGZHOU, null)).with(csrf())
			.param("version", String.valueOf(fixtures.roundVersion(round))).param("rule", "FAILS"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/rounds/{id}/missed-self-rule", round)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)).with(csrf())
			.param("version", String.valueOf(fixtures.roundVersion(round))).param("rule", "FAILS"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select missed_self_rule from evaluation_round where id = ?", String.class,
				round)).isEqualTo("FAILS");

		submitSelf(submitted, diligent.unitId());
		clock.setTo(Instant.parse(year + "-01-21T02:00:00Z"));
		missed.close();
		assertThat(column("status", late)).isEqualTo("PROPOSED");
		assertThat(column("proposed_grade", late)).isEqualTo("FAIL");
		assertThat(column("self_missed", late)).isEqualTo("FAILS");

		scoreAndPropose(submitted);
		CurrentUser bureau = PublishedRounds.user(Role.MUNICIPAL_OFFICER, null, null);
		rounds.applyCap(round, fixtures.roundVersion(round), bureau);
		assertThat(column("final_grade", late)).isEqualTo("FAIL");
		assertThat(column("final_grade", submitted)).isNotEqualTo("FAIL");
	}

	@Test
	void theUnitWhoseSelfEvaluationIsClosedAfterTheDeadlineIsToldSoWithALinkToItsEvaluation() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		UnitFixtures.RegisteredUnit diligentUnit = units.register("按时自评通知公司" + year, TONGZHOU);
		UnitFixtures.RegisteredUnit silentUnit = units.register("逾期关闭通知公司" + year, TONGZHOU);
		EvaluationFixtures.Designated diligent = registeredBase(diligentUnit, date);
		EvaluationFixtures.Designated silent = registeredBase(silentUnit, date);
		open(year, date);
		long submitted = fixtures.evaluationOf(diligent.baseId());
		long late = fixtures.evaluationOf(silent.baseId());
		submitSelf(submitted, diligent.unitId());
		String lateLink = "/evaluation/evaluations/" + late;

		clock.setTo(Instant.parse(year + "-01-20T15:00:00Z")); // 23:00 on the deadline in Beijing: not yet
		missed.close();
		clock.setTo(Instant.parse(year + "-01-21T01:00:00Z"));
		assertThat(missed.close()).isEqualTo(1);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				notifications(silentUnit.username(), lateLink))
			.containsExactly("notification.kind.SELF_EVALUATION_CLOSED"));
		assertThat(jdbc.queryForObject("select message_args from notification n join user_account a"
				+ " on a.id = n.recipient_id where a.username = ? and n.link = ?", String.class,
				silentUnit.username(), lateLink)).contains(String.valueOf(year));
		assertThat(notifications(diligentUnit.username(), "/evaluation/evaluations/" + submitted)).isEmpty();
		mvc.perform(get(lateLink).with(Principals.role(Role.APPLICANT, TONGZHOU, silent.unitId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未自评")));
	}

	@Test
	void underTheFailRuleTheUnitIsToldItsClosedSelfEvaluationCountsAsFail() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		UnitFixtures.RegisteredUnit silentUnit = units.register("逾期不合格通知公司" + year, TONGZHOU);
		EvaluationFixtures.Designated silent = registeredBase(silentUnit, date);
		long round = open(year, date);
		missed.setRule(round, fixtures.roundVersion(round), MissedSelfEvaluationRule.FAILS);
		long late = fixtures.evaluationOf(silent.baseId());

		clock.setTo(Instant.parse(year + "-01-21T01:00:00Z"));
		missed.close();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				notifications(silentUnit.username(), "/evaluation/evaluations/" + late))
			.containsExactly("notification.kind.SELF_EVALUATION_CLOSED_FAILED"));
	}
}
