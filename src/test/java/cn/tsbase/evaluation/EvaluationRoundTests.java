package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * The year's evaluation round end to end: the municipal bureau creates the default indicator systems and opens the
 * round, the base self-evaluates, the district asks for a supplement, scores and proposes, the municipal bureau
 * adjusts, grades under the cap and publishes; every step refused in the wrong state, role or scope.
 */
@IntegrationTest
class EvaluationRoundTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	static final List<String> POINT_INDICATORS = List.of("S1", "S2", "S3", "S4", "S5", "E1", "E2", "E3", "E4", "E5",
			"E6", "E7", "E8", "E9", "E10", "E11", "E12", "R1", "R2", "R3");

	static final List<String> ZONE_INDICATORS = List.of("S1", "S2", "S3", "S4", "S5", "E1", "E2", "E3", "E4", "E5",
			"E6", "E7", "E8", "E9", "E10", "E11", "E12", "R1", "R2", "R3", "R4");

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvaluationFixtures fixtures;

	static RequestPostProcessor municipal() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	static RequestPostProcessor unit(EvaluationFixtures.Designated base) {
		return Principals.role(Role.APPLICANT, base.district(), base.unitId());
	}

	/** Default systems of the year and an open round over the bases designated on or before the date. */
	long openRound(int year, LocalDate lastDesignation) throws Exception {
		long point = createDefault(year, BaseType.POINT);
		long zone = createDefault(year, BaseType.ZONE);
		String location = mvc.perform(post("/evaluation/rounds").with(municipal()).with(csrf())
			.param("year", String.valueOf(year))
			.param("designatedBefore", lastDesignation.plusDays(1).toString())
			.param("selfDeadline", year + "-01-15")
			.param("districtDeadline", year + "-02-15")
			.param("pointSystemId", String.valueOf(point))
			.param("zoneSystemId", String.valueOf(zone)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long createDefault(int year, BaseType type) throws Exception {
		String location = mvc.perform(post("/evaluation/indicator-systems").with(municipal()).with(csrf())
			.param("year", String.valueOf(year))
			.param("baseType", type.name()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	MockHttpServletRequestBuilder selfEvaluation(long evaluationId, List<String> codes, String score) {
		MockHttpServletRequestBuilder request = post("/evaluation/evaluations/{id}/self", evaluationId).with(csrf())
			.param("version", String.valueOf(fixtures.version(evaluationId)));
		for (String code : codes) {
			request.param("text_" + code, "已落实：" + code).param("score_" + code, score);
		}
		return request;
	}

	/** Full points on every indicator of a point, except R3 (of 8). */
	static java.util.Map<String, String> fullPoint(String r3) {
		java.util.Map<String, String> scores = new java.util.LinkedHashMap<>();
		for (String code : POINT_INDICATORS) {
			scores.put(code, code.startsWith("S") ? "6" : code.startsWith("E") ? "4" : code.equals("R1") ? "8" : "6");
		}
		scores.put("R3", r3);
		return scores;
	}

	static java.util.Map<String, String> same(List<String> codes, String score) {
		java.util.Map<String, String> scores = new java.util.LinkedHashMap<>();
		codes.forEach(code -> scores.put(code, score));
		return scores;
	}

	MockHttpServletRequestBuilder districtScores(long evaluationId, java.util.Map<String, String> scores,
			boolean vetoFailed) {
		MockHttpServletRequestBuilder request = post("/evaluation/evaluations/{id}/scores", evaluationId)
			.with(csrf())
			.param("version", String.valueOf(fixtures.version(evaluationId)));
		scores.forEach((code, score) -> request.param("score_" + code, score).param("comment_" + code, "意见" + code));
		if (vetoFailed) {
			request.param("veto_V1", "true");
		}
		return request;
	}

	void selfEvaluateAndSubmit(EvaluationFixtures.Designated base, long evaluationId, List<String> codes)
			throws Exception {
		mvc.perform(selfEvaluation(evaluationId, codes, "4").with(unit(base))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/evaluations/{id}/self/submit", evaluationId).with(unit(base)).with(csrf())
			.param("version", String.valueOf(fixtures.version(evaluationId)))).andExpect(status().is3xxRedirection());
	}

	void scoreAndPropose(String district, long evaluationId, java.util.Map<String, String> scores, boolean vetoFailed)
			throws Exception {
		mvc.perform(districtScores(evaluationId, scores, vetoFailed).with(district(district)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/evaluations/{id}/propose", evaluationId).with(district(district)).with(csrf())
			.param("version", String.valueOf(fixtures.version(evaluationId)))).andExpect(status().is3xxRedirection());
	}

	@Test
	void aRoundRunsFromSelfEvaluationToPublishedGradesUnderTheCap() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated best = fixtures.designate("评估测试甲公司", XICHENG, BaseType.POINT, date);
		EvaluationFixtures.Designated second = fixtures.designate("评估测试乙公司", XICHENG, BaseType.POINT, date);
		EvaluationFixtures.Designated vetoed = fixtures.designate("评估测试丙公司", HAIDIAN, BaseType.POINT, date);
		EvaluationFixtures.Designated zone = fixtures.designate("评估测试丁园区", HAIDIAN, BaseType.ZONE, date);
		long roundId = openRound(year, date);
		long bestId = fixtures.evaluationOf(best.baseId());
		long secondId = fixtures.evaluationOf(second.baseId());
		long vetoedId = fixtures.evaluationOf(vetoed.baseId());
		long zoneId = fixtures.evaluationOf(zone.baseId());
		assertThat(jdbc.queryForObject("select count(*) from evaluation where round_id = ?", Long.class, roundId))
			.isEqualTo(4);

		// the base self-evaluates; the district asks for a supplement; the base resubmits
		selfEvaluateAndSubmit(best, bestId, POINT_INDICATORS);
		mvc.perform(post("/evaluation/evaluations/{id}/supplement", bestId).with(district(XICHENG)).with(csrf())
			.param("reason", "请补充培训签到表")
			.param("workingDays", "5")
			.param("version", String.valueOf(fixtures.version(bestId)))).andExpect(status().is3xxRedirection());
		assertThat(fixtures.status(bestId)).isEqualTo("SUPPLEMENT_REQUESTED");
		mvc.perform(get("/evaluation/evaluations/{id}", bestId).with(unit(best)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请补充培训签到表")));
		mvc.perform(post("/evaluation/evaluations/{id}/self/submit", bestId).with(unit(best)).with(csrf())
			.param("version", String.valueOf(fixtures.version(bestId)))).andExpect(status().is3xxRedirection());
		selfEvaluateAndSubmit(second, secondId, POINT_INDICATORS);
		selfEvaluateAndSubmit(vetoed, vetoedId, POINT_INDICATORS);
		selfEvaluateAndSubmit(zone, zoneId, ZONE_INDICATORS);

		// totals: 99 and 98 (both 优秀 by the thresholds), a failed veto item, the zone 21 × 3 = 63
		scoreAndPropose(XICHENG, bestId, fullPoint("7"), false);
		scoreAndPropose(XICHENG, secondId, fullPoint("6"), false);
		scoreAndPropose(HAIDIAN, vetoedId, fullPoint("8"), true);
		scoreAndPropose(HAIDIAN, zoneId, same(ZONE_INDICATORS, "3"), false);
		assertThat(jdbc.queryForObject("select proposed_grade from evaluation where id = ?", String.class, vetoedId))
			.isEqualTo("FAIL");

		// the municipal bureau records a site check and raises one score of the best base: 100
		mvc.perform(post("/evaluation/evaluations/{id}/site-check", bestId).with(municipal()).with(csrf())
			.param("checkedOn", year + "-03-01")
			.param("findings", "台账完整")
			.param("version", String.valueOf(fixtures.version(bestId)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/evaluations/{id}/adjust", bestId).with(municipal()).with(csrf())
			.param("code", "R3")
			.param("score", "8")
			.param("reason", "现场核查确认典型经验已推广")
			.param("version", String.valueOf(fixtures.version(bestId)))).andExpect(status().is3xxRedirection());

		// the default cap (15 % of the three points) leaves no place: both 优秀 candidates become 良好, with the reason
		mvc.perform(post("/evaluation/rounds/{id}/grading", roundId).with(municipal()).with(csrf())
			.param("version", String.valueOf(fixtures.roundVersion(roundId)))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select final_total from evaluation where id = ?", java.math.BigDecimal.class,
				bestId)).isEqualByComparingTo("100");
		assertThat(grade(bestId)).isEqualTo("GOOD");
		assertThat(grade(secondId)).isEqualTo("GOOD");
		assertThat(grade(vetoedId)).isEqualTo("FAIL");
		assertThat(grade(zoneId)).isEqualTo("PASS");
		mvc.perform(get("/evaluation/rounds/{id}", roundId).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("优秀名额为 0 个")));

		// the unit does not see the district's comments before publication
		mvc.perform(get("/evaluation/evaluations/{id}", secondId).with(unit(second)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("意见S1"))));

		mvc.perform(post("/evaluation/rounds/{id}/publish", roundId).with(municipal()).with(csrf())
			.param("documentNumber", "京市监发〔" + year + "〕8号")
			.param("version", String.valueOf(fixtures.roundVersion(roundId)))).andExpect(status().is3xxRedirection());
		assertThat(fixtures.status(bestId)).isEqualTo("PUBLISHED");
		mvc.perform(get("/evaluation/evaluations/{id}", secondId).with(unit(second)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("意见S1")))
			.andExpect(content().string(containsString("良好")));
		mvc.perform(get("/evaluation/rounds/{id}/notice.pdf", roundId).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		byte[] word = mvc.perform(get("/evaluation/rounds/{id}/notice.docx", roundId).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("wordprocessingml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(word))) {
			assertThat(document.getParagraphs().get(0).getText()).contains(String.valueOf(year), "评估结果通报");
			assertThat(document.getParagraphs().stream().map(p -> p.getText()).toList())
				.contains("京市监发〔" + year + "〕8号");
			String table = document.getTables().get(0).getText();
			assertThat(table).contains("良好");
		}

		// after publication nothing changes any more
		mvc.perform(post("/evaluation/evaluations/{id}/adjust", bestId).with(municipal()).with(csrf())
			.param("code", "S1")
			.param("score", "1")
			.param("reason", "再次调整")
			.param("version", String.valueOf(fixtures.version(bestId)))).andExpect(status().isConflict());
	}

	@Test
	void aVersionInUseIsFrozenAndACopyForTheNextYearIsAnEditableDraft() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		fixtures.designate("评估冻结测试公司", XICHENG, BaseType.POINT, date);
		long roundId = openRound(year, date);
		long point = jdbc.queryForObject("select point_system_id from evaluation_round where id = ?", Long.class,
				roundId);
		mvc.perform(post("/evaluation/indicator-systems/{id}/indicators/{code}", point, "S1").with(municipal())
			.with(csrf())
			.param("name", "领导机构")
			.param("points", "8")
			.param("version", String.valueOf(fixtures.systemVersion(point)))).andExpect(status().isConflict());
		String location = mvc.perform(post("/evaluation/indicator-systems/{id}/copy", point).with(municipal())
			.with(csrf())
			.param("year", String.valueOf(year))
			.param("name", year + " 示范点评价指标（修订）"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/evaluation/indicator-systems/{id}/indicators/{code}", copy, "S1").with(municipal())
			.with(csrf())
			.param("name", "领导机构（调整）")
			.param("points", "8")
			.param("veto", "false")
			.param("version", String.valueOf(fixtures.systemVersion(copy)))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/evaluation/indicator-systems/{id}", copy).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("领导机构（调整）")))
			.andExpect(content().string(containsString("102")));
		mvc.perform(get("/evaluation/indicator-systems").with(municipal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("平台默认")));
		mvc.perform(get("/evaluation/indicator-systems/{id}/indicators/{code}", copy, "S1").with(municipal()))
			.andExpect(status().isOk());
		mvc.perform(get("/evaluation/rounds").with(district(XICHENG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(year + " 年度评估")));
	}

	@Test
	void anEvaluationOutsideTheCallersDistrictOrUnitIsNotFound() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("评估范围测试公司", XICHENG, BaseType.POINT, date);
		EvaluationFixtures.Designated other = fixtures.designate("评估范围测试他公司", XICHENG, BaseType.POINT, date);
		openRound(year, date);
		long id = fixtures.evaluationOf(base.baseId());
		mvc.perform(get("/evaluation/evaluations/{id}", id).with(district(HAIDIAN))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/evaluations/{id}", id).with(unit(other))).andExpect(status().isNotFound());
		mvc.perform(selfEvaluation(id, POINT_INDICATORS, "4").with(unit(other))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/evaluations/{id}", id).with(district(XICHENG))).andExpect(status().isOk());
		mvc.perform(get("/evaluation/evaluations").with(unit(base)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评估范围测试公司")))
			.andExpect(content().string(not(containsString("评估范围测试他公司"))));
	}

	@Test
	void stepsOutOfOrderAreRefusedWithAConflict() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("评估顺序测试公司", XICHENG, BaseType.POINT, date);
		long roundId = openRound(year, date);
		long id = fixtures.evaluationOf(base.baseId());
		// the district cannot propose before the self-evaluation; the bureau cannot grade before every proposal
		mvc.perform(post("/evaluation/evaluations/{id}/propose", id).with(district(XICHENG)).with(csrf())
			.param("version", String.valueOf(fixtures.version(id)))).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/rounds/{id}/grading", roundId).with(municipal()).with(csrf())
			.param("version", String.valueOf(fixtures.roundVersion(roundId)))).andExpect(status().isConflict());
		// an open round has no notice of results yet
		mvc.perform(get("/evaluation/rounds/{id}/notice.docx", roundId).with(municipal()))
			.andExpect(status().isConflict());
		// submitting without every self score is refused; a second round of the year too
		mvc.perform(post("/evaluation/evaluations/{id}/self/submit", id).with(unit(base)).with(csrf())
			.param("version", String.valueOf(fixtures.version(id)))).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/rounds").with(municipal()).with(csrf())
			.param("year", String.valueOf(year))
			.param("designatedBefore", date.plusDays(1).toString())
			.param("selfDeadline", year + "-01-15")
			.param("districtDeadline", year + "-02-15")
			.param("pointSystemId", jdbc.queryForObject(
					"select point_system_id from evaluation_round where id = ?", String.class, roundId))
			.param("zoneSystemId", jdbc.queryForObject(
					"select zone_system_id from evaluation_round where id = ?", String.class, roundId)))
			.andExpect(status().isConflict());
	}

	@Test
	void aScoreAboveTheIndicatorsPointsIsShownAsAnErrorAndNothingIsSaved() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("评估校验测试公司", XICHENG, BaseType.POINT, date);
		openRound(year, date);
		long id = fixtures.evaluationOf(base.baseId());
		long before = fixtures.version(id);
		mvc.perform(selfEvaluation(id, List.of("S1"), "7").with(unit(base)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("分数应为 0 至 6")));
		mvc.perform(selfEvaluation(id, List.of("S1"), "abc").with(unit(base)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写数字")));
		assertThat(fixtures.version(id)).isEqualTo(before);
	}

	private String grade(long evaluationId) {
		return jdbc.queryForObject("select final_grade from evaluation where id = ?", String.class, evaluationId);
	}
}
