package cn.tsbase.selection;

import static cn.tsbase.selection.SelectionFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;

/**
 * The officer reads the aggregation (means, trimmed means, per-criterion means, veto, spread and divergence, both
 * rankings per base type), records site visits, decides the proposed list with a confirmation step (handed to the
 * public notice, the candidates left off it announced as not proposed) and downloads the score sheet and the ranking.
 */
@IntegrationTest
class ResultsAndDecisionTests {

	static final int YEAR = 2026;

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	JdbcTemplate jdbc;

	static RequestPostProcessor officer() {
		return Principals.as(SelectionFixtures.municipalOfficer());
	}

	/**
	 * Three points scored by five experts: the first 9, 9, 9, 9 and 2 on every criterion (totals 90, 90, 90, 90, 20:
	 * divergent), the second 7 from everyone (70), the third 8 from everyone (80) but one expert fails a veto item.
	 */
	record Scenario(ReviewRoundView round, CandidateView divergent, CandidateView steady, CandidateView vetoed,
			List<ExpertView> experts) {
	}

	Scenario scoredRound(boolean scoreEverything) {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("分歧单位"),
				unique("稳定单位"), unique("否决单位"));
		List<ExpertView> experts = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			experts.add(selection.expert(unique("汇总专家" + i)));
		}
		ReviewRoundView round = selection.round(YEAR, candidates, experts, 5, 3);
		selection.assignAndRelease(round);
		Scenario scenario = new Scenario(round, candidates.get(0), candidates.get(1), candidates.get(2), experts);
		for (int i = 0; i < 5; i++) {
			ExpertView expert = experts.get(i);
			selection.score(round, expert, scenario.divergent().declarationId(),
					new BigDecimal(i == 4 ? "2" : "9"));
			if (scoreEverything || i < 4) {
				selection.score(round, expert, scenario.steady().declarationId(), new BigDecimal("7"));
			}
			if (i == 2) {
				selection.score(round, expert, scenario.vetoed().declarationId(), new BigDecimal("8"), "V2");
			}
			else {
				selection.score(round, expert, scenario.vetoed().declarationId(), new BigDecimal("8"));
			}
		}
		return scenario;
	}

	@Test
	void theResultsShowMeansTrimmedMeansDivergenceVetoAndBothRankings() throws Exception {
		Scenario s = scoredRound(true);
		long id = s.round().id();

		mvc.perform(get("/api/v1/selection/rounds/{id}/results", id).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outstandingScores").value(0))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].mean", s.divergent().declarationId())
				.value(76.0))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].trimmedMean", s.divergent().declarationId())
				.value(90.0))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].trimmed", s.divergent().declarationId())
				.value(true))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].spread", s.divergent().declarationId())
				.value(70.0))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].divergent", s.divergent().declarationId())
				.value(true))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].criterionMeans.S1",
					s.divergent().declarationId()).value(7.6))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].rawPosition", s.divergent().declarationId())
				.value(1))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].normalisedPosition",
					s.divergent().declarationId()).value(1))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].divergent", s.steady().declarationId())
				.value(false))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].rawPosition", s.steady().declarationId())
				.value(2))
			.andExpect(jsonPath("$.declarations[?(@.declarationId == %d)].vetoed", s.vetoed().declarationId())
				.value(true));

		mvc.perform(get("/selection/rounds/{id}/results", id).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("分歧较大：极差 70，超过阈值 20")))
			.andExpect(content().string(containsString("原始排名（去极值平均分）")))
			.andExpect(content().string(containsString("标准化排名（z 分数）")))
			.andExpect(content().string(containsString("基本项不符合：基本项：近三年无重大商业秘密泄露事件")))
			.andExpect(content().string(containsString("评分数不少于 5 个，已去掉一个最高分和一个最低分")));
	}

	@Test
	void theOfficerRecordsSiteVisitsAndDecidesTheListAfterConfirmingItAndThePublicNoticeReceivesIt()
			throws Exception {
		Scenario s = scoredRound(true);
		long id = s.round().id();

		mvc.perform(post("/selection/rounds/{id}/candidates/{c}/site-visit", id, s.steady().id()).with(csrf())
			.with(officer())
			.param("note", "现场核查：制度上墙，台账完整。"))
			.andExpect(flash().attribute("flashSuccess", "siteVisit.recorded"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'SITE_VISIT_RECORDED' "
					+ "and object_id = ? and actor = ?", Long.class, String.valueOf(s.steady().declarationId()),
					SelectionFixtures.municipalOfficer().getUsername()) == 1);
		String cutOff = mvc.perform(get("/selection/rounds/{id}/decision", id).param("points", "1").with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("现场核查：制度上墙，台账完整。")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the cut-off of one point ticks the first of the raw ranking only
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(cutOff);
		assertThat(page.getElementById("pick-" + s.divergent().declarationId()).hasAttr("checked")).isTrue();
		assertThat(page.getElementById("pick-" + s.steady().declarationId()).hasAttr("checked")).isFalse();

		mvc.perform(post("/selection/rounds/{id}/decision/preview", id).with(csrf())
			.with(officer())
			.param("picks", String.valueOf(s.divergent().declarationId()), String.valueOf(s.steady()
				.declarationId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认拟入选名单")))
			.andExpect(content().string(containsString("共 2 家拟入选（参评 3 家）")));
		long version = jdbc.queryForObject("select version from review_round where id = ?", Long.class, id);

		// no decision without the confirmation
		mvc.perform(post("/selection/rounds/{id}/decision", id).with(csrf())
			.with(officer())
			.param("version", String.valueOf(version))
			.param("picks", String.valueOf(s.divergent().declarationId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请勾选确认后再确定名单")));
		assertThat(jdbc.queryForObject("select status from review_round where id = ?", String.class, id))
			.isEqualTo("RELEASED");

		mvc.perform(post("/selection/rounds/{id}/decision", id).with(csrf())
			.with(officer())
			.param("version", String.valueOf(version))
			.param("picks", String.valueOf(s.divergent().declarationId()), String.valueOf(s.steady()
				.declarationId()))
			.param("confirmed", "true"))
			.andExpect(flash().attribute("flashSuccess", "decision.decided"));

		assertThat(jdbc.queryForObject("select status from review_round where id = ?", String.class, id))
			.isEqualTo("DECIDED");
		assertThat(statusOf(s.divergent())).isEqualTo("PROPOSED");
		assertThat(statusOf(s.steady())).isEqualTo("PROPOSED");
		assertThat(statusOf(s.vetoed())).isEqualTo("NOT_PROPOSED");
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("select count(*) from proposed_list where id = ?", Long.class, id) == 1);
		assertThat(jdbc.queryForList("select unit_name from proposed_list_entry where list_id = ? order by position",
				String.class, id)).containsExactly(s.divergent().unitName(), s.steady().unitName());
		// the candidate left off the list is announced as well: guidance's stage log has it as not proposed
		await().atMost(Duration.ofSeconds(15))
			.until(() -> "NOT_PROPOSED".equals(loggedStage(s.vetoed())) && "PROPOSED".equals(loggedStage(s.steady())));

		// the round is closed: nothing changes, and the declarations no longer open to the experts
		mvc.perform(post("/selection/rounds/{id}/assignments/auto", id).with(csrf()).with(officer()))
			.andExpect(status().isConflict());
		mvc.perform(get("/declarations/{id}/content", s.steady().declarationId())
			.with(Principals.as(SelectionFixtures.expertUser(s.experts().get(0))))).andExpect(status().isNotFound());
		mvc.perform(get("/selection/rounds/{id}/decision", id).with(officer()))
			.andExpect(content().string(containsString("确定了拟入选名单")));
	}

	private String loggedStage(CandidateView candidate) {
		return jdbc.queryForList("select stage from guidance_selection_stage where declaration_id = ?", String.class,
				candidate.declarationId()).stream().findFirst().orElse(null);
	}

	private String statusOf(CandidateView candidate) {
		return jdbc.queryForObject("select status from selection_candidate where id = ?", String.class,
				candidate.id());
	}

	@Test
	void theListIsNotDecidedWhileScoresAreOutstandingNorWithAVetoedPick() throws Exception {
		Scenario s = scoredRound(false);
		long id = s.round().id();
		long version = jdbc.queryForObject("select version from review_round where id = ?", Long.class, id);

		mvc.perform(post("/selection/rounds/{id}/decision", id).with(csrf())
			.with(officer())
			.param("version", String.valueOf(version))
			.param("picks", String.valueOf(s.vetoed().declarationId()))
			.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还有 1 条分配未提交评分")))
			.andExpect(content().string(containsString("“" + s.vetoed().unitName() + "”被基本项否决，不能入选")));
		assertThat(jdbc.queryForObject("select status from review_round where id = ?", String.class, id))
			.isEqualTo("RELEASED");
		assertThat(statusOf(s.vetoed())).isEqualTo("PRE_REVIEW_PASSED");
		String decision = mvc.perform(get("/selection/rounds/{id}/decision", id).with(officer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(decision).getElementById("pick-" + s.vetoed().declarationId())
			.hasAttr("disabled")).isTrue();
	}

	@Test
	void theScoreSheetHasOneRowPerExpertAndDeclarationAndTheRankingPdfReadsBack() throws Exception {
		Scenario s = scoredRound(true);
		long id = s.round().id();

		byte[] xlsx = mvc.perform(get("/selection/rounds/{id}/scores.xlsx", id).with(officer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Row header = sheet.getRow(0);
			List<String> headers = new ArrayList<>();
			header.forEach(cell -> headers.add(formatter.formatCellValue(cell)));
			assertThat(headers).contains("单位名称", "评审专家", "总分（百分制）", "基本项：申报材料真实，无弄虚作假")
				.anyMatch(h -> h.startsWith("建设标准：领导机构"));
			assertThat(sheet.getLastRowNum()).isEqualTo(15);
			int unit = headers.indexOf("单位名称");
			int expert = headers.indexOf("评审专家");
			int total = headers.indexOf("总分（百分制）");
			boolean found = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (formatter.formatCellValue(row.getCell(unit)).equals(s.divergent().unitName())
						&& formatter.formatCellValue(row.getCell(expert)).equals(s.experts().get(4).name())) {
					assertThat(row.getCell(total).getNumericCellValue()).isEqualTo(20.0);
					found = true;
				}
			}
			assertThat(found).as("the row of the fifth expert and the divergent declaration").isTrue();
		}

		byte[] pdf = mvc.perform(get("/selection/rounds/{id}/ranking.pdf", id).with(officer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("专家评审排名", s.divergent().unitName(), s.steady().unitName(),
					s.vetoed().unitName(), "去极值平均分", "90", "76");
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where object_type = 'ReviewRound' and "
					+ "object_id = ? and event in ('SCORE_SHEET_DOWNLOADED', 'RANKING_DOWNLOADED')", Long.class,
					String.valueOf(id)) == 2);
	}

	@Test
	void theScoreSheetIsNamedWithTheYearOnceWhetherOrNotTheRoundNameHasIt() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("命名单位"));
		List<ExpertView> experts = List.of(selection.expert(unique("命名专家")));
		String named = YEAR + "年度" + unique("第一轮");
		ReviewRoundView withYear = selection.round(YEAR, named, candidates, experts, 1, 1);
		assertThat(scoreSheetFileName(withYear)).isEqualTo(named + "评分表.xlsx");

		List<CandidateView> others = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("命名单位"));
		ReviewRoundView plain = selection.round(YEAR, "复评" + unique("轮"), others, experts, 1, 1);
		assertThat(scoreSheetFileName(plain)).isEqualTo(YEAR + "年度" + plain.name() + "评分表.xlsx");
	}

	private String scoreSheetFileName(ReviewRoundView round) throws Exception {
		String disposition = mvc.perform(get("/selection/rounds/{id}/scores.xlsx", round.id()).with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
		return org.springframework.http.ContentDisposition.parse(disposition).getFilename();
	}

	@Test
	void anExpertCannotReachTheResults() throws Exception {
		Scenario s = scoredRound(true);
		RequestPostProcessor expert = Principals.as(SelectionFixtures.expertUser(s.experts().get(0)));
		mvc.perform(get("/selection/rounds/{id}/results", s.round().id()).with(expert))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/selection/rounds/{id}/results", s.round().id()).with(expert))
			.andExpect(status().isForbidden());
	}
}
