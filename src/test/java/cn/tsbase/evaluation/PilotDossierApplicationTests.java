package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.PilotDossiers;
import cn.tsbase.shared.security.Role;

/**
 * The district's application in its pilot dossier (工作方案, 制度性成果, attachments) and its submission to the
 * municipal bureau: the work plan's rich text is sanitised, a result needs a title, a kind, a date not in the future
 * and a document; files are downloaded only inside the district's scope; submission needs a work plan, a current
 * version, and freezes the district's part; the bureau recommends only a submitted dossier; the page, the PDF and
 * the Word document show the work plan, the results and the attachments; every step is audited.
 */
@IntegrationTest
class PilotDossierApplicationTests {

	static final String HUAIROU = "110116";
	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	@Autowired
	PilotDossiers dossiers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	static RequestPostProcessor district() {
		return Principals.role(Role.DISTRICT_OFFICER, HUAIROU, null);
	}

	static RequestPostProcessor municipal() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	String version(long id) {
		return String.valueOf(jdbc.queryForObject("select version from pilot_dossier where id = ?", Long.class, id));
	}

	long audited(String event, long id) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(id));
	}

	long dossier() {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		fixtures.designate("怀柔试点申报公司" + year, HUAIROU, BaseType.POINT, date);
		published.publish(year, date, Set.of());
		return dossiers.build(HUAIROU, year, PublishedRounds.user(Role.MUNICIPAL_OFFICER, null, null));
	}

	@Test
	void theDistrictWritesItsWorkPlanAddsResultsAndAttachmentsAndSubmitsToTheBureau() throws Exception {
		long id = dossier();

		// the work plan: sanitised rich text; only the district writes it
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/work-plan", id).with(municipal()).with(csrf())
			.param("workPlan", "市局代写")
			.param("version", version(id))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/work-plan", id).with(district()).with(csrf())
			.param("workPlan", "x".repeat(10001))
			.param("version", version(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("长度不能超过")));
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/work-plan", id).with(district()).with(csrf())
			.param("workPlan", "<p>一、<b>总体目标</b></p><script>alert(1)</script><ul><li>建立联络站</li></ul>")
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select work_plan from pilot_dossier where id = ?", String.class, id))
			.contains("<b>总体目标</b>", "<li>建立联络站</li>")
			.doesNotContain("script", "alert");

		// an institutional result: title, kind, a date not in the future, a document
		LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
		mvc.perform(multipart("/evaluation/pilot-dossiers/{id}/results", id).with(district()).with(csrf())
			.param("title", " ")
			.param("kind", "")
			.param("issuedOn", tomorrow.toString())
			.param("version", version(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填项")))
			.andExpect(content().string(containsString("印发日期不能晚于今天")))
			.andExpect(content().string(containsString("请上传制度性成果的文件")));
		mvc.perform(multipart("/evaluation/pilot-dossiers/{id}/results", id).with(district()).with(csrf())
			.file(new MockMultipartFile("file", "伪装.pdf", "application/pdf", SampleFiles.exe()))
			.param("title", "怀柔区商业秘密保护工作指引")
			.param("kind", "STANDARD")
			.param("issuedOn", "2025-03-01")
			.param("version", version(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"pilotFileError\"")));
		mvc.perform(multipart("/evaluation/pilot-dossiers/{id}/results", id).with(district()).with(csrf())
			.file(new MockMultipartFile("file", "工作指引.pdf", "application/pdf", SampleFiles.pdf("指引")))
			.param("title", "怀柔区商业秘密保护工作指引")
			.param("kind", "STANDARD")
			.param("issuedOn", "2025-03-01")
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/evaluation/pilot-dossiers/{id}/results", id).with(district()).with(csrf())
			.file(new MockMultipartFile("file", "联席会议制度.pdf", "application/pdf", SampleFiles.pdf("联席")))
			.param("title", "商业秘密保护联席会议制度")
			.param("kind", "MECHANISM")
			.param("issuedOn", "2025-05-10")
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		long guide = jdbc.queryForObject("select id from attachment where owner_type = 'pilot-dossier' and owner_id = ?"
				+ " and original_name = '工作指引.pdf'", Long.class, id);
		long mechanism = jdbc.queryForObject("select id from attachment where owner_type = 'pilot-dossier' and "
				+ "owner_id = ? and original_name = '联席会议制度.pdf'", Long.class, id);
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/results/{a}/remove", id, mechanism).with(district())
			.with(csrf())
			.param("version", version(id))).andExpect(status().is3xxRedirection());

		// attachments; a file is served inside the district's scope only
		mvc.perform(multipart("/evaluation/pilot-dossiers/{id}/attachments", id).with(district()).with(csrf())
			.file(new MockMultipartFile("file", "试点申请附件.docx", "application/octet-stream",
					SampleFiles.docx("附件")))
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/evaluation/pilot-dossiers/{id}/files/{a}", id, guide).with(district()))
			.andExpect(status().isOk());
		mvc.perform(get("/evaluation/pilot-dossiers/{id}/files/{a}", id, guide).with(municipal()))
			.andExpect(status().isOk());
		mvc.perform(get("/evaluation/pilot-dossiers/{id}/files/{a}", id, guide)
			.with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/pilot-dossiers/{id}/files/{a}", id, mechanism).with(district()))
			.andExpect(status().isNotFound());

		mvc.perform(get("/evaluation/pilot-dossiers/{id}", id).with(district()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<b>总体目标</b>")))
			.andExpect(content().string(containsString("怀柔区商业秘密保护工作指引")))
			.andExpect(content().string(containsString("标准或指引")))
			.andExpect(content().string(not(containsString("商业秘密保护联席会议制度"))))
			.andExpect(content().string(containsString("试点申请附件.docx")))
			.andExpect(content().string(containsString("pilotSubmitForm")));

		// the bureau cannot recommend a draft; a stale version is refused; the district submits
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/reason", id).with(municipal()).with(csrf())
			.param("reason", "工作方案清晰")
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/recommend", id).with(municipal()).with(csrf())
			.param("version", version(id))).andExpect(status().isConflict());
		String stale = String.valueOf(Long.parseLong(version(id)) - 1);
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/submit", id).with(district()).with(csrf())
			.param("version", stale)).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/submit", id).with(district()).with(csrf())
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/pilot-dossiers/{id}", id).with(district()))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.results.items.length()").value(1))
			.andExpect(jsonPath("$.results.items[0].kind").value("STANDARD"))
			.andExpect(jsonPath("$.results.items[0].issuedOn").value("2025-03-01"));

		// submitted: the district's part is frozen
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/work-plan", id).with(district()).with(csrf())
			.param("workPlan", "再改")
			.param("version", version(id))).andExpect(status().isConflict());
		mvc.perform(multipart("/evaluation/pilot-dossiers/{id}/attachments", id).with(district()).with(csrf())
			.file(new MockMultipartFile("file", "迟交.pdf", "application/pdf", SampleFiles.pdf("迟交")))
			.param("version", version(id))).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/submit", id).with(district()).with(csrf())
			.param("version", version(id))).andExpect(status().isConflict());
		mvc.perform(get("/evaluation/pilot-dossiers/{id}", id).with(district()))
			.andExpect(content().string(containsString("已提交市局")))
			.andExpect(content().string(not(containsString("pilotSubmitForm"))))
			.andExpect(content().string(not(containsString("pilotWorkPlanForm"))));
		mvc.perform(get("/evaluation/pilot-dossiers/{id}", id).with(municipal()))
			.andExpect(content().string(containsString("pilotRecommendForm")));

		// the PDF and the Word document carry the work plan, the results and the attachments
		byte[] pdf = mvc.perform(get("/evaluation/pilot-dossiers/{id}/dossier.pdf", id).with(district()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("工作方案", "总体目标", "建立联络站", "怀柔区商业秘密保护工作指引", "标准或指引",
					"2025-03-01", "试点申请附件.docx");
		}
		byte[] docx = mvc.perform(get("/evaluation/pilot-dossiers/{id}/dossier.docx", id).with(municipal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("工作方案", "一、总体目标", "建立联络站", "制度性成果",
					"怀柔区商业秘密保护工作指引", "标准或指引", "工作指引.pdf", "试点申请附件.docx")
				.doesNotContain("<b>", "商业秘密保护联席会议制度");
		}

		mvc.perform(post("/evaluation/pilot-dossiers/{id}/scores", id).with(municipal()).with(csrf())
			.param("version", version(id))
			.param("score_P1", "20").param("score_P2", "19.5").param("score_P3", "18").param("score_P4", "16")
			.param("score_P5", "15")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/recommend", id).with(municipal()).with(csrf())
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("PILOT_DOSSIER_WORK_PLAN_SAVED", id) == 1
					&& audited("PILOT_DOSSIER_RESULT_ADDED", id) == 2 && audited("PILOT_DOSSIER_RESULT_REMOVED", id) == 1
					&& audited("PILOT_DOSSIER_ATTACHMENT_ADDED", id) == 1
					&& audited("PILOT_DOSSIER_FILE_DOWNLOADED", id) == 2 && audited("PILOT_DOSSIER_SUBMITTED", id) == 1
					&& audited("PILOT_DOSSIER_RECOMMENDED", id) == 1);
	}

	@Test
	void aWorkPlanDocumentAloneIsEnoughToSubmitAndReplacesTheEarlierOne() throws Exception {
		long id = dossier();
		mvc.perform(multipart("/evaluation/pilot-dossiers/{id}/work-plan/file", id).with(district()).with(csrf())
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/evaluation/pilot-dossiers/{id}/work-plan/file", id).with(district()).with(csrf())
			.file(new MockMultipartFile("file", "工作方案初稿.pdf", "application/pdf", SampleFiles.pdf("初稿")))
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/evaluation/pilot-dossiers/{id}/work-plan/file", id).with(district()).with(csrf())
			.file(new MockMultipartFile("file", "工作方案定稿.pdf", "application/pdf", SampleFiles.pdf("定稿")))
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("select original_name from attachment where owner_type = 'pilot-dossier' and "
				+ "owner_id = ? and slot = 'work-plan'", String.class, id)).containsExactly("工作方案定稿.pdf");
		mvc.perform(get("/evaluation/pilot-dossiers/{id}", id).with(district()))
			.andExpect(content().string(containsString("id=\"pilotWorkPlanFile\"")))
			.andExpect(content().string(containsString("工作方案定稿.pdf")));
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/submit", id).with(district()).with(csrf())
			.param("version", version(id))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select status from pilot_dossier where id = ?", String.class, id))
			.isEqualTo("SUBMITTED");
	}
}
