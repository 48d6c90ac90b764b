package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.guidance.internal.OptionView;
import cn.tsbase.guidance.internal.QuestionView;
import cn.tsbase.guidance.internal.QuestionnaireView;
import cn.tsbase.guidance.internal.Questionnaires;
import cn.tsbase.organization.TestUnit;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The self-assessment (保护能力自评): a unit answers the questionnaire in use and reads its profile per element with
 * the gaps and suggestions; it shares the result with its district, whose officers then read it (audited) and add the
 * unit to the cultivation pool, while other districts, other units, experts and the IP office never see it.
 */
@IntegrationTest
class SelfAssessmentTests {

	static final String XICHENG = "110102";

	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	Questionnaires questionnaires;

	RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	record Unit(TestUnit unit, RequestPostProcessor principal) {
	}

	Unit unit(String name, String districtCode) {
		TestUnit unit = units.register(name, districtCode).unit();
		return new Unit(unit, Principals.role(Role.APPLICANT, districtCode, unit.getId()));
	}

	/** Posts answers: the option given by {@code choice} for each question (null leaves the question out). */
	MockHttpServletRequestBuilder answers(Unit unit, Function<QuestionView, OptionView> choice) {
		QuestionnaireView questionnaire = questionnaires.current();
		MockHttpServletRequestBuilder request = post("/guidance/self-assessments").with(unit.principal())
			.with(csrf())
			.param("questionnaireId", String.valueOf(questionnaire.id()));
		for (QuestionView question : questionnaire.questions()) {
			OptionView option = choice.apply(question);
			if (option != null) {
				request.param("q" + question.id(), String.valueOf(option.id()));
			}
		}
		return request;
	}

	static OptionView best(QuestionView question) {
		return question.options().stream().filter(o -> o.points() == question.maxPoints()).findFirst().orElseThrow();
	}

	static OptionView worst(QuestionView question) {
		return question.options().stream().min((a, b) -> Integer.compare(a.points(), b.points())).orElseThrow();
	}

	long submit(Unit unit, Function<QuestionView, OptionView> choice) throws Exception {
		String location = mvc.perform(answers(unit, choice))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	Document page(String path, RequestPostProcessor principal) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(principal))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	long version(long id) {
		return jdbc.queryForObject("select version from self_assessment where id = ?", Long.class, id);
	}

	void share(Unit unit, long id) throws Exception {
		mvc.perform(post("/guidance/self-assessments/" + id + "/share").with(unit.principal())
			.with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
	}

	long audited(String event, long id) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(id));
	}

	@Test
	void thePlatformsDefaultQuestionnaireCoversAllTwelveElementsAndSaysItIsNoOfficialRule() {
		QuestionnaireView first = questionnaires.list()
			.stream()
			.filter(q -> q.versionNo() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(first.platformDefault()).isTrue();
		assertThat(first.title()).contains("平台默认", "非官方");
		for (int element = 1; element <= 12; element++) {
			assertThat(first.ofElement(element)).as("element %d", element).isNotEmpty();
		}
		assertThat(first.questions()).allSatisfy(q -> {
			assertThat(q.options()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(q.maxPoints()).isPositive();
			assertThat(q.suggestion()).isNotBlank();
		});
	}

	@Test
	void anIncompleteAnswerIsShownAgainNamingTheQuestionsLeftInChinese() throws Exception {
		Unit unit = unit("自评漏答科技有限公司", XICHENG);
		QuestionnaireView questionnaire = questionnaires.current();
		QuestionView left = questionnaire.questions().get(2);
		Document form = Jsoup.parse(mvc.perform(answers(unit, q -> q.id() == left.id() ? null : best(q)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("#missingAnswers").text()).contains("还有题目未作答", "第 " + left.position() + " 题");
		assertThat(form.select("#missing-" + left.position()).text()).isEqualTo("请选择一项。");
		assertThat(form.select("input[name=q" + questionnaire.questions().get(0).id() + "][checked]")).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from self_assessment where unit_id = ?", Long.class,
				unit.unit().getId())).isZero();
	}

	@Test
	void theUnitSeesItsProfilePerElementWithTheGapsAndSuggestions() throws Exception {
		Unit unit = unit("自评画像科技有限公司", XICHENG);
		QuestionnaireView questionnaire = questionnaires.current();
		List<QuestionView> ofPeople = questionnaire.ofElement(7);
		// element 7 (people) answered worst, the rest best
		long id = submit(unit, q -> q.element() == 7 ? worst(q) : best(q));
		Document profile = page("/guidance/self-assessments/" + id, unit.principal());

		assertThat(profile.select("#profileTable tbody tr")).hasSize(12);
		assertThat(profile.select("#element-7 .level").text()).isEqualTo("薄弱");
		assertThat(profile.select("#element-1 .level").text()).isEqualTo("较好");
		assertThat(profile.select("#element-7 td").get(0).text()).isEqualTo("0");
		assertThat(profile.select("#element-7 td").get(1).text())
			.isEqualTo(String.valueOf(ofPeople.stream().mapToInt(QuestionView::maxPoints).sum()));
		assertThat(profile.select("#gaps > div")).hasSize(1);
		assertThat(profile.select("#gaps-7 li")).hasSize(ofPeople.size());
		assertThat(profile.select("#gaps-7 .suggestion").first().text()).contains(ofPeople.get(0).suggestion());
		assertThat(profile.select(".tsb-chart[data-chart-table=profileTable]")).hasSize(1);
		assertThat(profile.select("#sharing").text()).contains("未与区局共享");
		await().atMost(Duration.ofSeconds(20)).until(() -> audited("SELF_ASSESSMENT_SUBMITTED", id) == 1);
		mvc.perform(get("/api/v1/self-assessments").with(unit.principal()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].profile.elements[6].level").value("WEAK"))
			.andExpect(jsonPath("$.content[0].profile.elements[6].gaps.length()").value(ofPeople.size()));
	}

	@Test
	void resultsAreKeptPerYearAndComparedAndARetakeReplacesTheYearAndWithdrawsTheSharing() throws Exception {
		Unit unit = unit("自评对比科技有限公司", XICHENG);
		long earlier = submit(unit, SelfAssessmentTests::worst);
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		jdbc.update("update self_assessment set assessment_year = ? where id = ?", year - 1, earlier);
		long now = submit(unit, SelfAssessmentTests::best);
		assertThat(now).isNotEqualTo(earlier);
		share(unit, now);

		Document list = page("/guidance/self-assessments", unit.principal());
		assertThat(list.select("#resultsTable tbody tr")).hasSize(2);
		assertThat(list.select("#comparisonTable thead th").eachText()).containsExactly("管理要素",
				String.valueOf(year - 1), String.valueOf(year));
		assertThat(list.select("#comparisonTable tbody tr").first().select("td").eachText()).containsExactly("0",
				"100");

		long again = submit(unit, SelfAssessmentTests::worst);
		assertThat(again).isEqualTo(now);
		assertThat(jdbc.queryForObject("select shared from self_assessment where id = ?", Boolean.class, now))
			.isFalse();
		assertThat(jdbc.queryForObject("select count(*) from self_assessment where unit_id = ?", Long.class,
				unit.unit().getId())).isEqualTo(2);
	}

	@Test
	void onlyTheDistrictOfASharedResultReadsItAuditedAndNoLongerOnceWithdrawn() throws Exception {
		Unit unit = unit("自评共享科技有限公司", XICHENG);
		Unit other = unit("自评他人科技有限公司", XICHENG);
		long id = submit(unit, SelfAssessmentTests::best);
		String path = "/guidance/self-assessments/" + id;

		mvc.perform(get(path).with(district)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/self-assessments/" + id).with(district)).andExpect(status().isNotFound());
		share(unit, id);

		Document shared = page("/guidance/self-assessments", district);
		assertThat(shared.select("#shared-" + id).text()).contains("自评共享科技有限公司");
		assertThat(page(path, district).select("#profileTable tbody tr")).hasSize(12);
		mvc.perform(get("/api/v1/self-assessments/" + id).with(district))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitName").value("自评共享科技有限公司"));
		mvc.perform(get("/api/v1/self-assessments").with(district))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].unitName").value("自评共享科技有限公司"));
		await().atMost(Duration.ofSeconds(20)).until(() -> audited("SELF_ASSESSMENT_READ", id) == 2);
		await().atMost(Duration.ofSeconds(20)).until(() -> audited("SELF_ASSESSMENT_SHARED", id) == 1);

		// another district, another unit, the IP office and experts do not see it
		mvc.perform(get(path).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/self-assessments/" + id).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null)))
			.andExpect(status().isNotFound());
		assertThat(page("/guidance/self-assessments", Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null))
			.select("#shared-" + id)).isEmpty();
		mvc.perform(get(path).with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/self-assessments/" + id).with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(post(path + "/share").with(other.principal()).with(csrf()).param("version", "0"))
			.andExpect(status().isNotFound());
		mvc.perform(get(path).with(Principals.role(Role.EXPERT, null, null))).andExpect(status().isForbidden());
		mvc.perform(get(path).with(Principals.role(Role.IP_OFFICER, XICHENG, null))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/self-assessments").with(Principals.role(Role.EXPERT, null, null)))
			.andExpect(status().isForbidden());

		mvc.perform(post(path + "/unshare").with(unit.principal())
			.with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(get(path).with(district)).andExpect(status().isNotFound());
		assertThat(page("/guidance/self-assessments", district).select("#shared-" + id)).isEmpty();
	}

	@Test
	void theDistrictAddsTheUnitOfASharedResultToTheCultivationPool() throws Exception {
		Unit unit = unit("自评培育科技有限公司", XICHENG);
		long id = submit(unit, SelfAssessmentTests::best);
		String path = "/guidance/self-assessments/" + id;
		mvc.perform(post(path + "/pool").with(district).with(csrf()).param("reason", "自评得分高"))
			.andExpect(status().isNotFound());
		share(unit, id);
		assertThat(page(path, district).select("#reason").attr("value")).contains("基础较好");

		mvc.perform(post(path + "/pool").with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null))
			.with(csrf())
			.param("reason", "自评得分高")).andExpect(status().isNotFound());
		mvc.perform(post(path + "/pool").with(district).with(csrf()).param("reason", "自评得分高"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject(
				"select count(*) from cultivation_entry where uscc = ? and district_code = ? and unit_id = ?",
				Long.class, unit.unit().getUscc(), XICHENG, unit.unit().getId())).isEqualTo(1);
		assertThat(page(path, district).select("#inPool")).hasSize(1);
		mvc.perform(post(path + "/pool").with(district).with(csrf()).param("reason", "再次加入"))
			.andExpect(status().isConflict());
	}

	@Test
	void theUnitsWorkbenchSaysWhetherThisYearsSelfAssessmentIsTakenWithoutCountingItAsPending() throws Exception {
		Unit unit = unit("工作台自评科技有限公司", XICHENG);
		Document home = page("/", unit.principal());
		Element line = home.getElementById("wb-unit-selfAssessment");
		assertThat(line).isNotNull();
		assertThat(line.text()).contains("尚未进行保护能力自评").doesNotContain("??");
		assertThat(line.selectFirst(".wb-count")).as("a voluntary line shows no count").isNull();
		assertThat(line.selectFirst("a").attr("href")).isEqualTo("/guidance/self-assessments");
		assertThat(home.getElementById("wb-unit-selfAssessmentDone")).isNull();

		submit(unit, SelfAssessmentTests::best);
		home = page("/", unit.principal());
		assertThat(home.getElementById("wb-unit-selfAssessment")).isNull();
		assertThat(home.getElementById("wb-unit-selfAssessmentDone").text()).contains("已完成");
		assertThat(page("/", district).getElementById("wb-unit-selfAssessment")).isNull();
	}
}
