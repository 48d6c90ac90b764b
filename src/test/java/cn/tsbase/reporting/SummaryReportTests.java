package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The annual summary report (年度工作总结) through its pages and API: the district files it with the year's figures
 * filled in and frozen on submission, the municipal bureau returns it with a reason, the district resubmits and the
 * bureau accepts; each side hears of the other's step. The Word and PDF documents carry the title, the numbered
 * sections and the figures; the bureau downloads all districts' reports in a zip and the city-wide compilation; a
 * district sees only its own, other roles nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryReportTests {

	/** A year no other test declares in: 西城 two declarations passed, 海淀 one (submitted, recommended, passed). */
	private static final int YEAR = 2046;
	private static final String XICHENG = "110102";
	private static final String HAIDIAN = "110108";
	private static final String CHAOYANG = "110105";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	AccountFixtures accounts;

	@BeforeAll
	void fixture() {
		selection.passedCandidates(XICHENG, YEAR, BaseType.POINT, "总结西城甲有限公司", "总结西城乙有限公司");
		selection.passedCandidates(HAIDIAN, YEAR, BaseType.ZONE, "总结海淀丙有限公司");
	}

	private static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	private static RequestPostProcessor bureau() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	private long create(String district, int year, String workDone) throws Exception {
		String location = mvc.perform(post("/reporting/summaries").with(csrf()).with(district(district))
			.param("year", String.valueOf(year))
			.param("workDone", workDone)
			.param("experience", "建立区级商业秘密保护工作专班。\n每季度召开联席会议。")
			.param("problems", "部分企业保密意识薄弱")
			.param("suggestions", "建议市局加强培训指导"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long version(long id) {
		return jdbc.queryForObject("select version from summary_report where id = ?", Long.class, id);
	}

	private String stateOf(long id) {
		return jdbc.queryForObject("select status from summary_report where id = ?", String.class, id);
	}

	private ResultActions act(long id, String action, RequestPostProcessor who, String text) throws Exception {
		var request = post("/reporting/summaries/{id}/" + action, id).with(csrf())
			.with(who)
			.param("version", String.valueOf(version(id)));
		if (text != null) {
			request.param("text", text);
		}
		return mvc.perform(request);
	}

	private long notifications(long accountId, String kind, String link) {
		return jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and message_key = ? and link = ?",
				Long.class, accountId, "notification.kind." + kind, link);
	}

	@Test
	void theDistrictFilesTheBureauReturnsItTheDistrictResubmitsAndTheBureauAccepts() throws Exception {
		long officer = accounts.official(Role.DISTRICT_OFFICER, HAIDIAN).getId();
		long bureauOfficer = accounts.official(Role.MUNICIPAL_OFFICER, null).getId();
		long id = create(HAIDIAN, YEAR, "全年开展培训12场");
		String link = "/reporting/summaries/" + id;
		assertThat(stateOf(id)).isEqualTo("DRAFT");
		// a draft is the district's own work: the bureau does not see it yet
		mvc.perform(get(link).with(bureau())).andExpect(status().isNotFound());
		// one report per district and year
		mvc.perform(get("/reporting/summaries/new").param("year", String.valueOf(YEAR)).with(district(HAIDIAN)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/reporting/summaries").with(csrf()).with(district(HAIDIAN))
			.param("year", String.valueOf(YEAR))
			.param("workDone", "再来一份")).andExpect(status().isConflict());

		act(id, "submit", district(HAIDIAN), null).andExpect(status().is3xxRedirection());
		assertThat(stateOf(id)).isEqualTo("SUBMITTED");
		// the figures are those of the district's year, frozen with the submission
		mvc.perform(get("/api/v1/summary-reports/{id}", id).with(bureau()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.liveFigures").value(false))
			.andExpect(jsonPath("$.figures.funnel.SUBMITTED").value(1))
			.andExpect(jsonPath("$.figures.funnel.PRE_REVIEW_PASSED").value(1))
			.andExpect(jsonPath("$.text.workDone").value("全年开展培训12场"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(bureauOfficer, "SUMMARY_REPORT_SUBMITTED", link) == 1);
		// a submitted report does not change, nor is it submitted twice; the district does not decide
		mvc.perform(post(link).with(csrf()).with(district(HAIDIAN))
			.param("workDone", "改一改")
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());
		act(id, "submit", district(HAIDIAN), null).andExpect(status().isConflict());
		act(id, "accept", district(HAIDIAN), null).andExpect(status().isForbidden());

		// a return needs a reason
		act(id, "return", bureau(), "").andExpect(status().isOk());
		assertThat(stateOf(id)).isEqualTo("SUBMITTED");
		act(id, "return", bureau(), "请补充培训覆盖企业数量").andExpect(status().is3xxRedirection());
		assertThat(stateOf(id)).isEqualTo("RETURNED");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(officer, "SUMMARY_REPORT_RETURNED", link) == 1);
		assertThat(mvc.perform(get(link).with(district(HAIDIAN))).andReturn().getResponse().getContentAsString())
			.contains("请补充培训覆盖企业数量");

		mvc.perform(post(link).with(csrf()).with(district(HAIDIAN))
			.param("workDone", "全年开展培训12场，覆盖企业300家")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		act(id, "submit", district(HAIDIAN), null).andExpect(status().is3xxRedirection());
		assertThat(stateOf(id)).isEqualTo("RESUBMITTED");
		// a stale version is a concurrent change
		mvc.perform(post(link + "/accept").with(csrf()).with(bureau()).param("version", "0"))
			.andExpect(status().isConflict());
		act(id, "accept", bureau(), "很好").andExpect(status().is3xxRedirection());
		assertThat(stateOf(id)).isEqualTo("ACCEPTED");
		act(id, "return", bureau(), "再退一次").andExpect(status().isConflict());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(officer, "SUMMARY_REPORT_ACCEPTED", link) == 1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where object_type = 'SummaryReport' "
					+ "and object_id = ? and event in ('SUMMARY_REPORT_SUBMITTED', 'SUMMARY_REPORT_RETURNED', "
					+ "'SUMMARY_REPORT_ACCEPTED')", Long.class, String.valueOf(id)) == 4);
	}

	@Test
	void theWordAndPdfReportsCarryTheTitleTheNumberedSectionsAndTheFigures() throws Exception {
		long id = create(XICHENG, YEAR, "西城区全年开展商业秘密保护培训8场");
		act(id, "submit", district(XICHENG), null).andExpect(status().is3xxRedirection());

		MockHttpServletResponse docx = mvc
			.perform(get("/reporting/summaries/{id}/report.docx", id).with(bureau()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(docx.getContentType()).contains("wordprocessingml");
		assertThat(docx.getHeader("Content-Disposition")).contains("attachment");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()))) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs.get(0)).isEqualTo("西城区商业秘密保护示范基地建设2046年度工作总结");
			assertThat(paragraphs).contains("一、主要数据", "二、工作开展情况", "三、经验做法", "四、问题分析", "五、意见建议",
					"西城区全年开展商业秘密保护培训8场", "建立区级商业秘密保护工作专班。", "每季度召开联席会议。");
			Map<String, String> figures = rows(document.getTables().get(0));
			assertThat(figures).containsEntry("申报", "2").containsEntry("区级推荐", "2").containsEntry("预审通过", "2")
				.containsEntry("发文认定", "0").containsKey("示范点");
		}

		MockHttpServletResponse pdf = mvc.perform(get("/reporting/summaries/{id}/report.pdf", id).with(district(XICHENG)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("西城区商业秘密保护示范基地建设2046年度工作总结", "一、主要数据", "五、意见建议",
					"西城区全年开展商业秘密保护培训8场", "申报2", "预审通过2");
		}

		// the bureau downloads every district's report of the year at once, with the city-wide compilation
		MockHttpServletResponse zip = mvc
			.perform(get("/reporting/summaries/archive.zip").param("year", String.valueOf(YEAR)).with(bureau()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Map<String, byte[]> entries = unzip(zip.getContentAsByteArray());
		assertThat(entries).containsKeys("西城区2046年度工作总结.docx", "西城区2046年度工作总结.pdf",
				"全市2046年度工作总结汇编.docx");
		assertThat(entries.keySet()).noneMatch(name -> name.startsWith("朝阳区"));
		try (XWPFDocument compilation = new XWPFDocument(
				new ByteArrayInputStream(entries.get("全市2046年度工作总结汇编.docx")))) {
			List<String> paragraphs = compilation.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("北京市商业秘密保护示范基地建设2046年度工作总结汇编", "一、全市汇总数据", "二、各区数据");
			Map<String, String> byDistrict = rows(compilation.getTables().get(1));
			assertThat(byDistrict).containsEntry("西城区", "2");
			long declared = byDistrict.containsKey("海淀区") ? 3 : 2;
			assertThat(rows(compilation.getTables().get(0))).containsEntry("申报", String.valueOf(declared));
		}
		mvc.perform(get("/reporting/summaries/compilation.docx").param("year", String.valueOf(YEAR)).with(bureau()))
			.andExpect(status().isOk());
	}

	@Test
	void aDistrictSeesItsOwnReportsOnlyAndOtherRolesNone() throws Exception {
		long id = create(CHAOYANG, 2045, "朝阳区工作总结");
		String link = "/reporting/summaries/" + id;
		mvc.perform(get(link).with(district(CHAOYANG))).andExpect(status().isOk());
		mvc.perform(get(link).with(district(HAIDIAN))).andExpect(status().isNotFound());
		mvc.perform(get(link + "/report.docx").with(district(HAIDIAN))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/summary-reports/{id}", id).with(district(HAIDIAN))).andExpect(status().isNotFound());
		mvc.perform(post(link).with(csrf()).with(district(HAIDIAN))
			.param("workDone", "改别区的")
			.param("version", String.valueOf(version(id)))).andExpect(status().isNotFound());
		mvc.perform(get(link).with(Principals.role(Role.IP_OFFICER, CHAOYANG, null))).andExpect(status().isForbidden());
		mvc.perform(get("/reporting/summaries/archive.zip").param("year", "2045").with(district(CHAOYANG)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/summary-reports").with(district(HAIDIAN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
		mvc.perform(get("/api/v1/summary-reports").with(district(CHAOYANG)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isNotEmpty());
		// the bureau sees it once submitted, in its list filtered by district
		mvc.perform(get("/api/v1/summary-reports").param("district", CHAOYANG).with(bureau()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
		act(id, "submit", district(CHAOYANG), null).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/summary-reports").param("district", CHAOYANG).with(bureau()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].status").value("SUBMITTED"));
		assertThat(mvc.perform(get("/reporting/summaries").param("year", "2045").with(bureau()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("summary-" + id, "downloadArchive");
		mvc.perform(get("/reporting/summaries").param("year", "1999").with(bureau())).andExpect(status().isBadRequest());
	}

	/** A table's rows as first cell → second cell. */
	private static Map<String, String> rows(XWPFTable table) {
		Map<String, String> rows = new HashMap<>();
		for (XWPFTableRow row : table.getRows()) {
			rows.put(row.getCell(0).getText(), row.getCell(1).getText());
		}
		return rows;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}
