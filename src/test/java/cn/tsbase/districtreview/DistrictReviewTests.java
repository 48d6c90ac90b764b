package cn.tsbase.districtreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.declaration.DeclarationScenarios.OpenCall;
import cn.tsbase.declaration.DeclarationScenarios.Submitted;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.districtreview.internal.ReviewCriteria;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/** The district scores, hears the IP office, decides, and finalises its recommendation list with the 推荐函. */
@IntegrationTest
class DistrictReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationScenarios scenarios;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	cn.tsbase.shared.crypto.FieldEncryption fieldEncryption;

	@Autowired
	MutableClock clock;

	@Autowired
	cn.tsbase.districtreview.internal.DistrictReviewService reviewService;

	@Autowired
	cn.tsbase.districtreview.internal.DistrictScoring scoring;

	@Autowired
	cn.tsbase.districtreview.internal.Recommendations recommendations;

	static CurrentUser officer(Role role, String district) {
		return new CurrentUser(0L, role.name().toLowerCase() + "-" + district, null, "王科长", EnumSet.of(role),
				district, null, true, true, false);
	}

	/** Scores the declaration fully and recommends it, as the district officer. */
	Submitted submitted(OpenCall call, String unitName, String district, BaseType type) {
		return scenarios.submit(call.id(), unitName, district, type);
	}

	OpenCall call(String district, int quotaPoints, int quotaZones) {
		return scenarios.openCall(district, quotaPoints, quotaZones);
	}

	void recommend(Submitted d, CurrentUser district) throws Exception {
		mvc.perform(fullScores(d.id(), "8").with(Principals.as(district))).andExpect(status().is3xxRedirection());
		long reviewVersion = jdbc.queryForObject("select version from district_review where declaration_id = ?",
				Long.class, d.id());
		mvc.perform(post("/review/declarations/{id}/decision", d.id()).with(csrf())
			.with(Principals.as(district))
			.param("version", String.valueOf(scenarios.version(d.id())))
			.param("reviewVersion", String.valueOf(reviewVersion))
			.param("decision", "RECOMMEND")
			.param("reason", "符合条件")).andExpect(status().is3xxRedirection());
	}

	static MockHttpServletRequestBuilder fullScores(long declarationId, String points) {
		MockHttpServletRequestBuilder request = post("/review/declarations/{id}/scores", declarationId).with(csrf())
			.param("opinion", "材料完整，制度健全。");
		for (int i = 1; i <= 17; i++) {
			request.param("score." + i, i <= 5 ? points : "4");
		}
		return request;
	}

	@Test
	void theDistrictReplacesTheDefaultCriteriaUntilScoringStarts() throws Exception {
		OpenCall call = call("110102", 1, 0);
		CurrentUser district = officer(Role.DISTRICT_OFFICER, "110102");
		mvc.perform(get("/review/calls/{id}/criteria", call.id()).with(Principals.as(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("满分 100 分")));
		mvc.perform(post("/review/calls/{id}/criteria", call.id()).with(csrf())
			.with(Principals.as(district))
			.params(rows("制度建设 | 40", "人员管理 | 0", "培训 | 2.5", "宣传 | 101"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("第 2, 3, 4 项不正确")))
			.andExpect(content().string(containsString("value=\"人员管理\"")));
		mvc.perform(post("/review/calls/{id}/criteria", call.id()).with(csrf())
			.with(Principals.as(district))
			.params(rows("制度建设 | 40", "人员管理 | 60"))).andExpect(status().is3xxRedirection());
		Submitted d = submitted(call, "新标准单位", "110102", BaseType.POINT);
		mvc.perform(post("/review/declarations/{id}/scores", d.id()).with(csrf())
			.with(Principals.as(district))
			.param("score.1", "35")
			.param("score.2", "50")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select total_score from district_review where declaration_id = ?",
				java.math.BigDecimal.class, d.id())).isEqualByComparingTo("85");
		mvc.perform(post("/review/calls/{id}/criteria", call.id()).with(csrf())
			.with(Principals.as(district))
			.params(rows("其他 | 100"))).andExpect(status().isConflict());
	}

	@Test
	void eachDistrictOwnsItsCriteriaOfAMunicipalCall() throws Exception {
		OpenCall municipal = call(null, 1, 0);
		CurrentUser haidian = officer(Role.DISTRICT_OFFICER, "110108");
		CurrentUser xicheng = officer(Role.DISTRICT_OFFICER, "110102");
		mvc.perform(get("/review/calls/{id}/criteria", municipal.id()).with(Principals.as(xicheng)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("建设标准：领导机构")));

		mvc.perform(post("/review/calls/{id}/criteria", municipal.id()).with(csrf())
			.with(Principals.as(haidian))
			.params(rows("海淀专项 | 60", "海淀制度 | 40"))).andExpect(status().is3xxRedirection());

		mvc.perform(get("/review/calls/{id}/criteria", municipal.id()).with(Principals.as(haidian)))
			.andExpect(content().string(containsString("海淀专项")));
		mvc.perform(get("/review/calls/{id}/criteria", municipal.id()).with(Principals.as(xicheng)))
			.andExpect(content().string(containsString("建设标准：领导机构")))
			.andExpect(content().string(not(containsString("海淀专项"))));
		Submitted inXicheng = submitted(municipal, "西城按默认标准单位", "110102", BaseType.POINT);
		mvc.perform(get("/review/declarations/{id}", inXicheng.id()).with(Principals.as(xicheng)))
			.andExpect(content().string(containsString("建设标准：领导机构")))
			.andExpect(content().string(not(containsString("海淀专项"))));
		mvc.perform(fullScores(inXicheng.id(), "8").with(Principals.as(xicheng)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select total_score from district_review where declaration_id = ?",
				java.math.BigDecimal.class, inXicheng.id())).isEqualByComparingTo("88");

		// 西城 scoring locks 西城's criteria only; 海淀 may still change its own, and 西城's stay as they were
		mvc.perform(post("/review/calls/{id}/criteria", municipal.id()).with(csrf())
			.with(Principals.as(xicheng))
			.params(rows("其他 | 100"))).andExpect(status().isConflict());
		mvc.perform(post("/review/calls/{id}/criteria", municipal.id()).with(csrf())
			.with(Principals.as(haidian))
			.params(rows("海淀第二版 | 100"))).andExpect(status().is3xxRedirection());
		assertThat(criteriaNames(municipal.id(), "110102")).hasSize(17).startsWith("建设标准：领导机构");
		assertThat(criteriaNames(municipal.id(), "110108")).containsExactly("海淀第二版");
	}

	@Test
	void aSetFromBeforeCriteriaWerePerDistrictIsEachDistrictsStartingPointAndNobodyChangesIt() throws Exception {
		OpenCall municipal = call(null, 1, 0);
		jdbc.update("insert into review_criteria_set (call_id, district_code, content, version) values (?, null, ?, 0)",
				municipal.id(), json.writeValueAsString(IndicatorModel.of(List.of(
						ReviewCriteria.criterion(1, "旧版共用标准甲", 60), ReviewCriteria.criterion(2, "旧版共用标准乙", 40)))));
		CurrentUser haidian = officer(Role.DISTRICT_OFFICER, "110108");
		CurrentUser xicheng = officer(Role.DISTRICT_OFFICER, "110102");
		mvc.perform(post("/review/calls/{id}/criteria", municipal.id()).with(csrf())
			.with(Principals.as(haidian))
			.params(rows("海淀新标准 | 100"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/review/calls/{id}/criteria", municipal.id()).with(Principals.as(xicheng)))
			.andExpect(content().string(containsString("旧版共用标准甲")))
			.andExpect(content().string(not(containsString("海淀新标准"))));
		assertThat(criteriaNames(municipal.id(), null)).containsExactly("旧版共用标准甲", "旧版共用标准乙");
		assertThat(criteriaNames(municipal.id(), "110102")).containsExactly("旧版共用标准甲", "旧版共用标准乙");
	}

	/** The criteria editor's rows, "name | maximum points" each. */
	private static MultiValueMap<String, String> rows(String... items) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < items.length; i++) {
			String[] parts = items[i].split("\\|");
			params.add("items[" + i + "].name", parts[0].strip());
			params.add("items[" + i + "].points", parts[1].strip());
		}
		return params;
	}

	/** The names of the stored criteria set of the call and district (null: the call's set from before districts). */
	private List<String> criteriaNames(long callId, String district) {
		String content = district == null
				? jdbc.queryForObject("select content from review_criteria_set where call_id = ? and district_code is null",
						String.class, callId)
				: jdbc.queryForObject("select content from review_criteria_set where call_id = ? and district_code = ?",
						String.class, callId, district);
		return json.readValue(content, IndicatorModel.class).indicators().stream().map(i -> i.name()).toList();
	}

	@Test
	void aDistrictCannotSeeOrChangeTheCriteriaOfAnotherDistrictsCall() throws Exception {
		OpenCall xichengCall = call("110102", 1, 0);
		mvc.perform(post("/review/calls/{id}/criteria", xichengCall.id()).with(csrf())
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, "110108")))
			.params(rows("越权 | 100"))).andExpect(status().isNotFound());
		mvc.perform(get("/review/calls/{id}/criteria", xichengCall.id())
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, "110102"))))
			.andExpect(content().string(not(containsString("越权"))));
	}

	@Test
	void aListBelowTheQuotaNeedsAWrittenExplanationThatTheLetterShowsAndTheTrailRecords() throws Exception {
		OpenCall call = call("110102", 3, 1);
		Submitted only = submitted(call, "名额不足唯一单位", "110102", BaseType.POINT);
		CurrentUser district = officer(Role.DISTRICT_OFFICER, "110102");
		recommend(only, district);

		mvc.perform(get("/review/calls/{id}/recommendation", call.id()).with(Principals.as(district)))
			.andExpect(content().string(containsString("id=\"quotaExplanation\"")));
		for (String blank : new String[] { "", "   \n " }) {
			mvc.perform(post("/review/calls/{id}/recommendation", call.id()).with(csrf())
				.with(Principals.as(district))
				.param("confirmed", "true")
				.param("quotaExplanation", blank))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("推荐数量少于通知要求的名额，请填写情况说明。")));
		}
		mvc.perform(post("/review/calls/{id}/recommendation", call.id()).with(csrf())
			.with(Principals.as(district))
			.param("confirmed", "true")
			.param("quotaExplanation", "说".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("情况说明不能超过 2000 个字。")));
		assertThat(jdbc.queryForObject("select count(*) from recommendation where call_id = ?", Long.class,
				call.id())).isZero();

		String explanation = "本区今年符合条件的单位较少，另有两家单位正在整改，预计明年申报。";
		mvc.perform(post("/review/calls/{id}/recommendation", call.id()).with(csrf())
			.with(Principals.as(district))
			.param("confirmed", "true")
			.param("quotaExplanation", "  " + explanation + "\n")).andExpect(status().is3xxRedirection());
		var stored = jdbc.queryForMap("select id, quota_explanation from recommendation where call_id = ?",
				call.id());
		assertThat(stored.get("quota_explanation")).isEqualTo(explanation);
		long recommendationId = ((Number) stored.get("id")).longValue();

		mvc.perform(get("/review/recommendations/{id}", recommendationId).with(Principals.as(district)))
			.andExpect(content().string(containsString(explanation)))
			.andExpect(content().string(containsString("本次推荐示范点 1 家、示范区 0 家，少于通知要求的示范点 3 家、示范区 1 家")));
		byte[] pdf = mvc.perform(get("/review/recommendations/{id}/letter.pdf", recommendationId)
			.with(Principals.as(officer(Role.MUNICIPAL_OFFICER, null))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains(explanation, "少于通知要求的示范点3家、示范区1家");
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = "
					+ "'RECOMMENDATION_BELOW_QUOTA' and object_id = ?", Long.class,
					String.valueOf(recommendationId)) == 1);
		assertThat(jdbc.queryForObject("select detail from audit_entry where event = 'RECOMMENDATION_BELOW_QUOTA' "
				+ "and object_id = ?", String.class, String.valueOf(recommendationId)))
			.contains("points 1/3", "zones 0/1")
			.doesNotContain(explanation);
	}

	@Test
	void aListThatMeetsTheQuotaNeedsNoExplanationAndStoresNone() throws Exception {
		OpenCall call = call("110102", 1, 0);
		Submitted d = submitted(call, "名额已满单位", "110102", BaseType.POINT);
		CurrentUser district = officer(Role.DISTRICT_OFFICER, "110102");
		recommend(d, district);
		mvc.perform(get("/review/calls/{id}/recommendation", call.id()).with(Principals.as(district)))
			.andExpect(content().string(not(containsString("id=\"quotaExplanation\""))));
		mvc.perform(post("/review/calls/{id}/recommendation", call.id()).with(csrf())
			.with(Principals.as(district))
			.param("confirmed", "true")
			.param("quotaExplanation", "多余的说明")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select quota_explanation from recommendation where call_id = ?",
				String.class, call.id())).isNull();
	}

	@Test
	void theServiceRefusesAListBelowTheQuotaWithoutExplanationWhateverTheCaller() {
		OpenCall call = call("110102", 2, 0);
		Submitted d = submitted(call, "服务层名额单位", "110102", BaseType.POINT);
		CurrentUser district = officer(Role.DISTRICT_OFFICER, "110102");
		java.util.Map<Integer, java.math.BigDecimal> scores = new java.util.HashMap<>();
		for (int i = 1; i <= 17; i++) {
			scores.put(i, java.math.BigDecimal.valueOf(4));
		}
		scoring.score(d.id(), null, scores, "意见", district);
		scoring.decide(d.id(), scenarios.version(d.id()),
				reviewService.review(d.id()).orElseThrow().version(),
				ReviewDecision.RECOMMEND, "推荐", district);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> recommendations.finalizeList(call.id(), " ", district))
			.isInstanceOf(cn.tsbase.shared.StateConflictException.class)
			.hasFieldOrPropertyWithValue("messageKey", "recommendation.explanation.required");
	}

	@Test
	void theApiRecordsADecisionAndReadsTheReview() throws Exception {
		OpenCall call = call("110102", 1, 0);
		Submitted d = submitted(call, "接口决定单位", "110102", BaseType.POINT);
		CurrentUser district = officer(Role.DISTRICT_OFFICER, "110102");
		mvc.perform(post("/api/v1/declarations/{id}/decision", d.id()).with(csrf())
			.with(Principals.as(district))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"declarationVersion\":" + scenarios.version(d.id())
					+ ",\"decision\":\"NOT_RECOMMEND\",\"reason\":\"不符合条件\"}"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.decision")
				.value("NOT_RECOMMEND"));
		mvc.perform(get("/api/v1/declarations/{id}", d.id()).with(Principals.as(district)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.summary.status").value("NOT_RECOMMENDED"));
		mvc.perform(get("/api/v1/declarations/{id}/review", d.id())
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, "110108")))).andExpect(status().isNotFound());
	}

	@Test
	void scoresOutsideTheirRangeAreRefusedBesideTheItem() throws Exception {
		OpenCall call = call("110102", 1, 0);
		Submitted d = submitted(call, "评分单位", "110102", BaseType.POINT);
		mvc.perform(fullScores(d.id(), "9").with(Principals.as(officer(Role.DISTRICT_OFFICER, "110102"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("分值应在 0 到 8 之间")));
		assertThat(jdbc.queryForObject("select count(*) from district_review where declaration_id = ? and "
				+ "total_score is not null", Long.class, d.id())).isZero();
	}

	@Test
	void theIpOfficeCommentsAndTheDistrictRecommendsFinalisesAndDownloadsTheLetter() throws Exception {
		OpenCall call = call("110102", 2, 1);
		Submitted first = submitted(call, "推荐一号科技有限公司", "110102", BaseType.POINT);
		Submitted second = submitted(call, "推荐二号制造有限公司", "110102", BaseType.POINT);
		CurrentUser district = officer(Role.DISTRICT_OFFICER, "110102");

		mvc.perform(post("/review/declarations/{id}/comments", first.id()).with(csrf())
			.with(Principals.as(officer(Role.IP_OFFICER, "110102")))
			.param("text", "知识产权布局完善，建议推荐。")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/review/declarations/{id}", first.id()).with(Principals.as(district)))
			.andExpect(content().string(containsString("知识产权布局完善，建议推荐。")));
		mvc.perform(post("/review/declarations/{id}/scores", first.id()).with(csrf())
			.with(Principals.as(officer(Role.IP_OFFICER, "110102")))).andExpect(status().isForbidden());

		for (Submitted d : new Submitted[] { first, second }) {
			mvc.perform(fullScores(d.id(), d == first ? "8" : "6").with(Principals.as(district)))
				.andExpect(status().is3xxRedirection());
			long reviewVersion = jdbc.queryForObject("select version from district_review where declaration_id = ?",
					Long.class, d.id());
			long currentVersion = scenarios.version(d.id());
			mvc.perform(post("/review/declarations/{id}/decision", d.id()).with(csrf())
				.with(Principals.as(district))
				.param("version", String.valueOf(currentVersion))
				.param("reviewVersion", String.valueOf(reviewVersion))
				.param("decision", "RECOMMEND")
				.param("reason", "符合示范点条件")).andExpect(status().is3xxRedirection());
		}
		assertThat(scenarios.status(first.id()))
			.isEqualTo(DeclarationStatus.RECOMMENDED);

		mvc.perform(get("/review/calls/{id}/recommendation", call.id()).with(Principals.as(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("推荐名额未达要求")))
			.andExpect(content().string(containsString("推荐一号科技有限公司")));
		mvc.perform(post("/review/calls/{id}/recommendation", call.id()).with(csrf())
			.with(Principals.as(district))
			.param("confirmed", "true")
			.param("quotaExplanation", "本区今年无园区申报。")).andExpect(status().is3xxRedirection());
		Long recommendationId = jdbc.queryForObject(
				"select id from recommendation where call_id = ? and district_code = '110102'", Long.class,
				call.id());

		byte[] pdf = mvc.perform(get("/review/recommendations/{id}/letter.pdf", recommendationId)
			.with(Principals.as(district)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("推荐函", "西城区", "推荐一号科技有限公司", "推荐二号制造有限公司", "示范点", "软件和信息服务业");
			assertThat(text.indexOf("推荐一号科技有限公司")).isLessThan(text.indexOf("推荐二号制造有限公司"));
		}

		byte[] xlsx = mvc.perform(get("/review/recommendations/{id}/list.xlsx", recommendationId)
			.with(Principals.as(officer(Role.MUNICIPAL_OFFICER, null))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("推荐一号科技有限公司");
		}

		// all lists in the caller's scope in one workbook, a row per recommended unit, in the list's order
		var cityWide = ExportedWorkbooks.rows(mvc, get("/review/recommendations/export.xlsx")
			.with(Principals.as(officer(Role.MUNICIPAL_OFFICER, null))));
		assertThat(cityWide.get(0)).containsExactly("所在区", "申报通知", "序号", "单位名称", "申报类型", "所属行业", "区级评分",
				"确定时间");
		var ours = cityWide.stream().filter(r -> r.get(1).equals(call.title())).toList();
		assertThat(ours).extracting(r -> r.get(0) + "|" + r.get(2) + "|" + r.get(3))
			.containsExactly("西城区|1|推荐一号科技有限公司", "西城区|2|推荐二号制造有限公司");
		assertThat(ExportedWorkbooks.rows(mvc, get("/review/recommendations/export.xlsx")
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, "110108"))))).noneMatch(r -> r.contains(call.title()));
		assertThat(ExportedWorkbooks.awaitExportAudited(jdbc, "municipal_officer-null", "Recommendation", "SUCCESS"))
			.endsWith(" rows");

		mvc.perform(get("/review/recommendations").with(Principals.as(officer(Role.MUNICIPAL_OFFICER, null))))
			.andExpect(content().string(containsString(call.title())));
		mvc.perform(get("/review/recommendations/{id}", recommendationId)
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, "110108")))).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = "
					+ "'RECOMMENDATION_FINALIZED' and object_id = ?", Long.class, call.id().toString()) == 1);
	}

	@Test
	void theRecommendationsPageShowsTheListInPreparationAndTheFilesCarryThePlainYear() throws Exception {
		OpenCall call = call("110102", 1, 0);
		Submitted recommended = submitted(call, "名单准备中单位", "110102", BaseType.POINT);
		CurrentUser district = officer(Role.DISTRICT_OFFICER, "110102");
		mvc.perform(fullScores(recommended.id(), "7").with(Principals.as(district)));
		long reviewVersion = jdbc.queryForObject("select version from district_review where declaration_id = ?",
				Long.class, recommended.id());
		mvc.perform(post("/review/declarations/{id}/decision", recommended.id()).with(csrf())
			.with(Principals.as(district))
			.param("version", String.valueOf(scenarios.version(recommended.id())))
			.param("reviewVersion", String.valueOf(reviewVersion))
			.param("decision", "RECOMMEND")
			.param("reason", "好")).andExpect(status().is3xxRedirection());

		// the menu item 推荐名单 leads to the list being prepared, not to an empty table
		String preparing = "/review/calls/" + call.id() + "/recommendation";
		mvc.perform(get("/review/recommendations").with(Principals.as(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"listsInPreparation\"")))
			.andExpect(content().string(containsString(call.title() + "：已推荐 1 家")))
			.andExpect(content().string(containsString("href=\"" + preparing + "\"")));
		mvc.perform(get("/review/recommendations").with(Principals.as(officer(Role.DISTRICT_OFFICER, "110108"))))
			.andExpect(content().string(not(containsString(call.title()))));

		mvc.perform(post(preparing).with(csrf()).with(Principals.as(district)).param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		Long recommendationId = jdbc.queryForObject(
				"select id from recommendation where call_id = ? and district_code = '110102'", Long.class,
				call.id());
		mvc.perform(get("/review/recommendations").with(Principals.as(district)))
			.andExpect(content().string(not(containsString("href=\"" + preparing + "\""))))
			.andExpect(content().string(containsString("/review/recommendations/" + recommendationId)));

		assertThat(fileName("/review/recommendations/{id}/letter.pdf", recommendationId, district))
			.isEqualTo("推荐函-西城区-2026.pdf");
		assertThat(fileName("/review/recommendations/{id}/list.xlsx", recommendationId, district))
			.isEqualTo("推荐名单-西城区-2026.xlsx");
	}

	private String fileName(String path, long id, CurrentUser user) throws Exception {
		String disposition = mvc.perform(get(path, id).with(Principals.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
		return org.springframework.http.ContentDisposition.parse(disposition).getFilename();
	}

	@Test
	void afterTheListIsFinalNoDecisionChangesAndASecondFinalisationIsRefused() throws Exception {
		OpenCall call = call("110102", 1, 0);
		Submitted recommended = submitted(call, "锁定前单位", "110102", BaseType.POINT);
		Submitted late = submitted(call, "锁定后单位", "110102", BaseType.POINT);
		CurrentUser district = officer(Role.DISTRICT_OFFICER, "110102");
		mvc.perform(fullScores(recommended.id(), "7").with(Principals.as(district)));
		long reviewVersion = jdbc.queryForObject("select version from district_review where declaration_id = ?",
				Long.class, recommended.id());
		mvc.perform(post("/review/declarations/{id}/decision", recommended.id()).with(csrf())
			.with(Principals.as(district))
			.param("version", String.valueOf(scenarios.version(recommended.id())))
			.param("reviewVersion", String.valueOf(reviewVersion))
			.param("decision", "RECOMMEND")
			.param("reason", "好")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/review/calls/{id}/recommendation", call.id()).with(csrf())
			.with(Principals.as(district))
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());

		mvc.perform(fullScores(late.id(), "7").with(Principals.as(district))).andExpect(status().isConflict());
		mvc.perform(post("/review/calls/{id}/recommendation", call.id()).with(csrf())
			.with(Principals.as(district))
			.param("confirmed", "true")).andExpect(status().isConflict());
	}

	@Test
	void twoOfficersDecidingAtOnceOneWinsTheOtherIsToldToReload() throws Exception {
		OpenCall call = call("110102", 1, 0);
		Submitted d = submitted(call, "并发决定单位", "110102", BaseType.POINT);
		CurrentUser district = officer(Role.DISTRICT_OFFICER, "110102");
		long version = scenarios.version(d.id());
		mvc.perform(post("/review/declarations/{id}/decision", d.id()).with(csrf())
			.with(Principals.as(district))
			.param("version", String.valueOf(version))
			.param("decision", "NOT_RECOMMEND")
			.param("reason", "条件不足")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/review/declarations/{id}/decision", d.id()).with(csrf())
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, "110102")))
			.param("version", String.valueOf(version))
			.param("decision", "NOT_RECOMMEND")
			.param("reason", "同上")).andExpect(status().isConflict());
		assertThat(scenarios.status(d.id()))
			.isEqualTo(DeclarationStatus.NOT_RECOMMENDED);
	}

	@Test
	void anotherDistrictsOfficerFindsNothing() throws Exception {
		OpenCall call = call("110102", 1, 0);
		Submitted d = submitted(call, "外区不可见单位", "110102", BaseType.POINT);
		mvc.perform(get("/review/declarations/{id}", d.id())
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, "110108")))).andExpect(status().isNotFound());
		mvc.perform(get("/review/declarations").param("q", "外区不可见单位")
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, "110108"))))
			.andExpect(content().string(not(containsString(">外区不可见单位</a>"))));
		mvc.perform(get("/review/declarations").param("q", "外区不可见单位")
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, "110102"))))
			.andExpect(content().string(containsString(">外区不可见单位</a>")));
	}

	@Test
	void theQueueOfTwoThousandDeclarationsTakesABoundedNumberOfStatementsPerPage() throws Exception {
		OpenCall call = call("110117", 3, 1);
		Instant now = clock.instant();
		java.sql.Timestamp at = java.sql.Timestamp.from(now);
		String emptyContent = fieldEncryption.encrypt("{}"); // content is stored SM4-encrypted, as the entity writes it
		jdbc.batchUpdate("insert into declaration (call_id, unit_id, district_code, base_type, status, unit_name, "
				+ "industry_code, content_json, submitted_version, created_at, updated_at, submitted_at, version) "
				+ "values (?, ?, '110117', 'POINT', 'SUBMITTED', ?, 'SOFTWARE_IT', ?, 1, ?, ?, ?, 0)",
				java.util.stream.IntStream.range(0, 2000)
					.mapToObj(i -> new Object[] { call.id(), 1_000_000L + i, "批量单位" + i, emptyContent, at, at,
							at })
					.toList());
		CurrentUser pinggu = officer(Role.DISTRICT_OFFICER, "110117");

		StatementCounter.reset();
		mvc.perform(get("/review/declarations").param("call", call.id().toString()).with(Principals.as(pinggu)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("80 条以上，第 1 页")));
		long first = StatementCounter.count();
		java.util.List<String> firstStatements = StatementCounter.statements();
		// the page is not counted to the end of the queue (issue 16)
		assertThat(firstStatements).noneMatch(sql -> sql.contains("count("));
		StatementCounter.reset();
		mvc.perform(get("/review/declarations").param("call", call.id().toString())
			.param("page", "57")
			.param("sort", "unitName,desc")
			.with(Principals.as(pinggu))).andExpect(status().isOk());
		long later = StatementCounter.count();
		java.util.List<String> laterStatements = StatementCounter.statements();
		mvc.perform(get("/review/declarations").param("call", call.id().toString())
			.param("page", "98")
			.with(Principals.as(pinggu)))
			.andExpect(content().string(containsString("共 2000 条，第 99 / 100 页")));
		// the export counts exactly: it refuses a list over its cap, so it must know the total
		mvc.perform(get("/review/declarations/export.xlsx").param("call", call.id().toString())
			.with(Principals.as(pinggu))).andExpect(status().isOk());

		// every statement of the request, counted at the data source: the queue's and the page's own (menu, badges)
		assertThat(first).as("statements of the first page: %s", firstStatements).isLessThanOrEqualTo(8);
		assertThat(later).as("statements of page 58: %s", laterStatements).isLessThanOrEqualTo(8);
	}
}
