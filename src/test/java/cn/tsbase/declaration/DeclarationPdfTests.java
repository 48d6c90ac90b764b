package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** The whole 申报书 as one PDF: every section, the evidence list, the commitment and the opinion blocks; scoped. */
@IntegrationTest
class DeclarationPdfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	DeclarationScenarios fixtures;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	@Test
	void theSubmittedDeclarationPrintsWholeWithItsEvidenceSignerAndOpinionBlocks() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		CallView call = fixtures.openedCall("110102", 2026);
		UnitFixtures.RegisteredUnit unit = units.register("申报书打印" + tag + "有限公司", "110102");
		CurrentUser user = SelectionFixtures.unitUser(unit);
		DeclarationView draft = declarations.start(call.id(), BaseType.POINT, user);
		mvc.perform(multipart("/declarations/{id}/attachments", draft.id())
			.file(new MockMultipartFile("file", "保密制度汇编.pdf", "application/pdf", SampleFiles.pdf("制度")))
			.param("section", "STANDARDS")
			.with(csrf())
			.with(Principals.as(user))).andExpect(status().is3xxRedirection());
		DeclarationView complete = declarations.saveDraft(draft.id(),
				declarations.get(draft.id(), user.scope()).version(),
				c -> DeclarationFixtures.complete(c, BaseType.POINT), user);
		declarations.submit(complete.id(), complete.version(), UUID.randomUUID().toString(), "赵承诺",
				LocalDate.of(2026, 3, 9), user);

		// the unit finds the link on its declaration
		String href = Jsoup.parse(mvc.perform(get("/declarations/{id}", draft.id()).with(Principals.as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#declarationPdf").attr("href");
		assertThat(href).isEqualTo("/declarations/" + draft.id() + "/declaration.pdf");

		CurrentUser officer = new CurrentUser(0L, "pdf-" + tag, null, "区审核员",
				java.util.EnumSet.of(Role.DISTRICT_OFFICER), "110102", null, true, true, false);
		byte[] pdf = mvc.perform(get("/declarations/{id}/declaration.pdf", draft.id()).with(Principals.as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("商业秘密保护示范基地申报书", call.title().replaceAll("\\s+", ""),
				"申报书打印" + tag + "有限公司", "基本情况", "建设标准", "保护工作开展情况", "核心秘密与风险",
				"第1项要素：已建立并执行相应制度。", "《商业秘密管理办法》", "证明材料", "保密制度汇编.pdf", "承诺书", "赵承诺",
				"2026年3月9日", "区市场监管局审核推荐意见", "市市场监管局评选意见");
		assertThat(text).doesNotContain("th:", "${", "#{");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'DECLARATION_VIEWED' "
					+ "and actor = ? and object_id = ?", Long.class, officer.getUsername(),
					String.valueOf(draft.id())) > 0);

		// another district's officer and another unit find nothing; an expert without a grant is refused
		mvc.perform(get("/declarations/{id}/declaration.pdf", draft.id())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110108", null))).andExpect(status().isNotFound());
		UnitFixtures.RegisteredUnit other = units.register("无关打印单位" + tag, "110102");
		mvc.perform(get("/declarations/{id}/declaration.pdf", draft.id())
			.with(Principals.as(SelectionFixtures.unitUser(other)))).andExpect(status().isNotFound());
		mvc.perform(get("/declarations/{id}/declaration.pdf", draft.id())
			.with(Principals.role(Role.EXPERT, null, null))).andExpect(status().isForbidden());
	}
}
