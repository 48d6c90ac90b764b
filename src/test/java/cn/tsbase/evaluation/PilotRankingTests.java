package cn.tsbase.evaluation;

import static cn.tsbase.evaluation.PilotFixtures.bureau;
import static cn.tsbase.evaluation.PilotFixtures.district;
import static cn.tsbase.evaluation.PilotFixtures.municipal;
import static cn.tsbase.evaluation.PilotFixtures.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.evaluation.internal.PilotDossierView;

/**
 * The bureau scores the submitted pilot dossiers per criterion (every criterion, within its points, in steps of 0.5;
 * only the bureau, only a submitted dossier), sees them ranked (total descending, ties by the earlier criterion),
 * chooses districts and issues the recommendation letter (推荐函) with a document number and date: the chosen are
 * recommended, the others stay submitted, a second letter of the year is refused; the letter downloads as
 * 推荐函-<year>.pdf and .docx with the districts, the number and the date written without thousands separators.
 */
@IntegrationTest
class PilotRankingTests {

	static final String PINGGU = "110117";
	static final String MIYUN = "110118";
	static final String FANGSHAN = "110111";

	@Autowired
	MockMvc mvc;

	@Autowired
	PilotFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	String version(long id) {
		return String.valueOf(fixtures.version("pilot_dossier", id));
	}

	String stateOf(long id) {
		return jdbc.queryForObject("select status from pilot_dossier where id = ?", String.class, id);
	}

	@Test
	void theBureauScoresRanksChoosesAndIssuesTheRecommendationLetter() throws Exception {
		int year = fixtures.publishedYear("平谷试点公司", PINGGU);
		long pinggu = fixtures.submitted(PINGGU, year);
		long miyun = fixtures.submitted(MIYUN, year);
		long fangshan = fixtures.submitted(FANGSHAN, year);
		long draft = fixtures.dossiers().build("110115", year, bureau());

		// scoring: only the bureau, every criterion, within the points, in steps of 0.5
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/scores", pinggu)
			.with(district(PINGGU)).with(csrf())
			.param("version", version(pinggu))
			.param("score_P1", "20")).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/scores", pinggu).with(municipal()).with(csrf())
			.param("version", version(pinggu))
			.param("score_P1", "18").param("score_P2", "18").param("score_P3", "18").param("score_P4", "18"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写“工作基础扎实”的得分")));
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/scores", pinggu).with(municipal()).with(csrf())
			.param("version", version(pinggu))
			.param("score_P1", "21").param("score_P2", "18").param("score_P3", "18").param("score_P4", "18")
			.param("score_P5", "18"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“政府重视程度”的得分应在 0 至 20 分之间")));
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/scores", pinggu).with(municipal()).with(csrf())
			.param("version", version(pinggu))
			.param("score_P1", "18.3").param("score_P2", "18").param("score_P3", "18").param("score_P4", "18")
			.param("score_P5", "18")).andExpect(status().isOk());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/scores", draft).with(municipal()).with(csrf())
			.param("version", version(draft))
			.param("score_P1", "18").param("score_P2", "18").param("score_P3", "18").param("score_P4", "18")
			.param("score_P5", "18")).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/scores", pinggu).with(municipal()).with(csrf())
			.param("version", version(pinggu))
			.param("score_P1", "18").param("score_P2", "18").param("score_P3", "16.5").param("score_P4", "18")
			.param("score_P5", "18")
			.param("comment_P3", "创新点不够突出")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select total_score from pilot_dossier where id = ?", BigDecimal.class, pinggu))
			.isEqualByComparingTo("88.5");
		// 密云 ties 平谷 on 88.5 but scores higher in the first criterion; 房山 lower
		fixtures.scoring().score(miyun, Long.parseLong(version(miyun)), scores("20", "17", "17", "17.5", "17"), bureau());
		fixtures.scoring().score(fangshan, Long.parseLong(version(fangshan)), scores("15", "15", "15", "15", "15"), bureau());
		assertThat(fixtures.scoring().ranking(year).stream().map(PilotDossierView::id)).containsExactly(miyun, pinggu, fangshan);
		mvc.perform(get("/evaluation/pilot-dossiers/{id}", pinggu).with(district(PINGGU))).andExpect(content().string(containsString("创新点不够突出")))
			.andExpect(content().string(containsString("88.5")));

		// the ranking page; the letter needs a document number, a date and a chosen district
		mvc.perform(get("/evaluation/pilot-dossiers/ranking").param("year", String.valueOf(year)).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密云区")))
			.andExpect(content().string(containsString("88.5")));
		mvc.perform(get("/evaluation/pilot-dossiers/ranking").with(district(PINGGU))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/pilot-letters").with(municipal()).with(csrf())
			.param("year", String.valueOf(year))
			.param("documentNumber", " ")
			.param("issuedOn", "2026-12-07"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填项")));
		mvc.perform(post("/evaluation/pilot-letters").with(municipal()).with(csrf())
			.param("year", String.valueOf(year))
			.param("documentNumber", "京市监函〔2026〕15号")
			.param("issuedOn", "2026-12-07"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请至少勾选一个拟推荐的区")));
		mvc.perform(post("/evaluation/pilot-letters").with(municipal()).with(csrf())
			.param("year", String.valueOf(year))
			.param("documentNumber", "京市监函〔2026〕15号")
			.param("issuedOn", "2026-12-07")
			.param("dossierIds", String.valueOf(pinggu), String.valueOf(miyun))).andExpect(status().is3xxRedirection());
		assertThat(List.of(stateOf(miyun), stateOf(pinggu), stateOf(fangshan)))
			.containsExactly("RECOMMENDED", "RECOMMENDED", "SUBMITTED");
		mvc.perform(post("/evaluation/pilot-letters").with(municipal()).with(csrf())
			.param("year", String.valueOf(year))
			.param("documentNumber", "京市监函〔2026〕16号")
			.param("issuedOn", "2026-12-08")
			.param("dossierIds", String.valueOf(fangshan))).andExpect(status().isConflict());
		long letter = jdbc.queryForObject("select id from pilot_recommendation_letter where letter_year = ?",
				Long.class, year);

		// the letter as PDF and Word: readable file names, the districts in ranking order, number and date
		var pdf = mvc.perform(get("/evaluation/pilot-letters/{id}/letter.pdf", letter).with(municipal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(URLDecoder.decode(pdf.getHeader("Content-Disposition"), StandardCharsets.UTF_8))
			.contains("推荐函-" + year + ".pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("关于推荐" + year + "年度全国商业秘密保护创新试点地区的函", "京市监函〔2026〕15号",
					"国家市场监督管理总局", "北京市市场监督管理局", "2026年12月7日", "88.5")
				.doesNotContain("房山区", year / 1000 + "," + year % 1000);
			assertThat(text.indexOf("密云区")).isLessThan(text.indexOf("平谷区"));
		}
		var docx = mvc.perform(get("/evaluation/pilot-letters/{id}/letter.docx", letter).with(municipal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(URLDecoder.decode(docx.getHeader("Content-Disposition"), StandardCharsets.UTF_8))
			.contains("推荐函-" + year + ".docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("京市监函〔2026〕15号", "密云区", "平谷区", "2026年12月7日")
				.doesNotContain("房山区");
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'PILOT_LETTER_ISSUED' "
					+ "and object_id = ?", Long.class, String.valueOf(letter)) == 1
					&& jdbc.queryForObject("select count(*) from audit_entry where event = 'PILOT_DOSSIER_SCORED' "
							+ "and object_id = ?", Long.class, String.valueOf(pinggu)) == 1);
	}
}
