package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.UnaryOperator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** Evidence per section: checked uploads, scoped and audited downloads, no change after submission; call templates. */
@IntegrationTest
class EvidenceTests {

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

	@Test
	void aUnitAttachesEvidenceThatItsDistrictDownloadsWithAnAuditRecordAndOthersCannotSee() throws Exception {
		CallView call = fixtures.openedCall("110102", 2026);
		UnitFixtures.RegisteredUnit unit = units.register("证明材料单位", "110102");
		CurrentUser user = SelectionFixtures.unitUser(unit);
		DeclarationView declaration = declarations.start(call.id(), BaseType.POINT, user);

		mvc.perform(multipart("/declarations/{id}/attachments", declaration.id())
			.file(new MockMultipartFile("file", "商业秘密管理制度.pdf", "application/pdf", SampleFiles.pdf("制度")))
			.param("section", "STANDARDS")
			.with(csrf())
			.with(Principals.as(user))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/declarations/{id}/sections/standards", declaration.id()).with(Principals.as(user)))
			.andExpect(content().string(containsString("商业秘密管理制度.pdf")));
		long attachmentId = jdbc.queryForObject("select id from attachment where owner_type = 'declaration' "
				+ "and owner_id = ?", Long.class, declaration.id());
		// the district sees the evidence once the declaration is submitted, not in the draft
		mvc.perform(get("/declarations/{id}/attachments/{a}", declaration.id(), attachmentId)
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null))).andExpect(status().isNotFound());
		DeclarationView complete = declarations.saveDraft(declaration.id(),
				declarations.get(declaration.id(), user.scope()).version(),
				c -> DeclarationFixtures.complete(c, BaseType.POINT), user);
		declarations.submit(complete.id(), complete.version(), UUID.randomUUID().toString(), "张三",
				java.time.LocalDate.now(), user);

		mvc.perform(get("/declarations/{id}/attachments/{a}", declaration.id(), attachmentId)
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		mvc.perform(get("/declarations/{id}/attachments/{a}", declaration.id(), attachmentId)
			.with(Principals.role(Role.DISTRICT_OFFICER, "110108", null))).andExpect(status().isNotFound());
		UnitFixtures.RegisteredUnit other = units.register("无关单位", "110102");
		mvc.perform(get("/declarations/{id}/attachments/{a}", declaration.id(), attachmentId)
			.with(Principals.as(SelectionFixtures.unitUser(other)))).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ATTACHMENT_DOWNLOADED' "
					+ "and object_id = ? and detail like '%another party%'", Long.class,
					String.valueOf(attachmentId)) == 1);
	}

	@Test
	void aFileWhoseContentDoesNotMatchItsExtensionIsRefusedWithAClearMessage() throws Exception {
		CallView call = fixtures.openedCall("110102", 2026);
		UnitFixtures.RegisteredUnit unit = units.register("伪装文件单位", "110102");
		CurrentUser user = SelectionFixtures.unitUser(unit);
		DeclarationView declaration = declarations.start(call.id(), BaseType.POINT, user);
		mvc.perform(multipart("/declarations/{id}/attachments", declaration.id())
			.file(new MockMultipartFile("file", "制度.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.param("section", "BASIC")
			.with(csrf())
			.with(Principals.as(user)))
			.andExpect(flash().attribute("uploadError", containsString("不符")));
		assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'declaration' and owner_id = ?",
				Long.class, declaration.id())).isZero();
	}

	@Test
	void afterSubmissionEvidenceNoLongerChanges() throws Exception {
		CallView call = fixtures.openedCall("110102", 2026);
		UnitFixtures.RegisteredUnit unit = units.register("提交后单位", "110102");
		DeclarationScenarios.Submitted submitted = fixtures.submit(call.id(), unit, BaseType.POINT,
				UnaryOperator.identity());
		mvc.perform(multipart("/declarations/{id}/attachments", submitted.id())
			.file(new MockMultipartFile("file", "补充.png", "image/png", SampleFiles.png()))
			.param("section", "BASIC")
			.with(csrf())
			.with(Principals.as(SelectionFixtures.unitUser(unit)))).andExpect(status().isConflict());
	}

	@Test
	void theDistrictAttachesATemplateThatItsUnitsDownload() throws Exception {
		CallView call = fixtures.openedCall("110102", 2026);
		mvc.perform(multipart("/calls/{id}/templates", call.id())
			.file(new MockMultipartFile("file", "申报表模板.docx", "application/octet-stream",
					SampleFiles.docx("申报表" + UUID.randomUUID())))
			.with(csrf())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null))).andExpect(status().is3xxRedirection());
		long templateId = jdbc.queryForObject("select id from attachment where owner_type = 'call' and owner_id = ?",
				Long.class, call.id());
		mvc.perform(get("/calls/{id}", call.id()).with(Principals.role(Role.APPLICANT, "110102", 1L)))
			.andExpect(content().string(containsString("申报表模板.docx")));
		mvc.perform(get("/calls/{id}/templates/{t}", call.id(), templateId)
			.with(Principals.role(Role.APPLICANT, "110102", 1L))).andExpect(status().isOk());
		mvc.perform(get("/calls/{id}/templates/{t}", call.id(), templateId)
			.with(Principals.role(Role.APPLICANT, "110108", 2L))).andExpect(status().isNotFound());
		mvc.perform(multipart("/calls/{id}/templates", call.id())
			.file(new MockMultipartFile("file", "外区.docx", "application/octet-stream", SampleFiles.docx("x")))
			.with(csrf())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110108", null))).andExpect(status().isNotFound());
	}
}
