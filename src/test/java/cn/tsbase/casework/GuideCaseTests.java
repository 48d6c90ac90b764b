package cn.tsbase.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * Guidance officers write typical cases (issue 13, point 5): an appointed officer writes a case for the district that
 * appointed them, sees only the cases they wrote, attaches files (page or API, checked like every upload), and submits
 * it to that district's review; it reaches the public library after the district and the bureau approve. An officer
 * who is not (or no longer) appointed writes none.
 */
@IntegrationTest
class GuideCaseTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	UnitFixtures units;

	private final RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	private TestAccount appointedGuide() throws Exception {
		TestAccount account = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		mvc.perform(post("/guidance/officers").with(district)
			.with(csrf())
			.param("accountId", String.valueOf(account.getId()))
			.param("expertise", "保密体系建设")
			.param("phone", "13812345678")
			.param("email", "guide@example.com")).andExpect(status().is3xxRedirection());
		return account;
	}

	private long writeCase(RequestPostProcessor author, String marker) throws Exception {
		String location = mvc.perform(post("/casework/cases").with(csrf()).with(author)
			.param("year", "2026")
			.param("secretKind", "TECHNICAL")
			.param("industryCode", "SOFTWARE_IT")
			.param("infringementForm", "DEPARTING_STAFF")
			.param("rightsHolder", "北京星河智造科技有限公司")
			.param("maskCompanies", "true")
			.param("title", "离职工程师带走源代码案" + marker)
			.param("facts", "北京星河智造科技有限公司工程师孙立伟离职前将" + marker + "源代码上传至个人网盘，联系电话13600001111。")
			.param("handling", "指导员协助企业固定证据，区局立案查处。")
			.param("significance", "离职审计须覆盖个人网盘。"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long version(long caseId) {
		return jdbc.queryForObject("select version from typical_case where id = ?", Long.class, caseId);
	}

	@Test
	void anAppointedGuideWritesACaseThatTheirDistrictAndTheBureauPublish() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		TestAccount guideAccount = appointedGuide();
		RequestPostProcessor guide = Principals.as(guideAccount);
		RequestPostProcessor otherGuide = Principals.as(appointedGuide());
		long caseId = writeCase(guide, marker);

		assertThat(jdbc.queryForMap("select author_kind, author_unit_id, district_code, public_facts from typical_case "
				+ "where id = ?", caseId))
			.containsEntry("AUTHOR_KIND", "GUIDANCE_OFFICER")
			.containsEntry("DISTRICT_CODE", XICHENG)
			.containsEntry("AUTHOR_UNIT_ID", null);
		assertThat(jdbc.queryForObject("select public_facts from typical_case where id = ?", String.class, caseId))
			.contains("孙某")
			.doesNotContain("孙立伟")
			.doesNotContain("13600001111")
			.doesNotContain("星河智造");

		// the author sees and edits it; another guide, a unit and (while a draft) the district do not
		assertThat(mvc.perform(get("/casework/cases").with(guide)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains(marker).contains("指导员");
		mvc.perform(get("/casework/cases/{id}/edit", caseId).with(guide)).andExpect(status().isOk());
		assertThat(mvc.perform(get("/casework/cases").with(otherGuide)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).doesNotContain(marker);
		mvc.perform(get("/casework/cases/{id}", caseId).with(otherGuide)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cases/{id}", caseId).with(otherGuide)).andExpect(status().isNotFound());
		mvc.perform(post("/casework/cases/{id}/submit", caseId).with(csrf()).with(otherGuide)
			.param("version", String.valueOf(version(caseId)))).andExpect(status().isNotFound());
		long unitId = units.register("北京" + marker + "仪表有限公司", XICHENG).unit().getId();
		mvc.perform(get("/casework/cases/{id}", caseId).with(Principals.role(Role.APPLICANT, XICHENG, unitId)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/casework/cases/{id}", caseId).with(district)).andExpect(status().isNotFound());

		// attachments over the API, checked like the page's
		mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId)
			.file(new MockMultipartFile("file", "证据.pdf", "application/pdf", SampleFiles.pdf("证据")))
			.with(guide)
			.with(csrf())).andExpect(status().isCreated()).andExpect(jsonPath("$.originalName").value("证据.pdf"));
		String attachments = "/api/v1/cases/" + caseId + "/attachments";
		mvc.perform(multipart(attachments)
			.file(new MockMultipartFile("file", "伪装.pdf", "application/pdf", "not a pdf".getBytes()))
			.servletPath(attachments)
			.with(guide)
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isNotEmpty());
		mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId)
			.file(new MockMultipartFile("file", "别人的.pdf", "application/pdf", SampleFiles.pdf("别人")))
			.with(otherGuide)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cases/{id}/attachments", caseId).with(guide))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));

		// submitted to the district that appointed the guide, then the bureau publishes it
		mvc.perform(post("/casework/cases/{id}/submit", caseId).with(csrf()).with(guide)
			.param("version", String.valueOf(version(caseId)))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/casework/cases/{id}", caseId).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/casework/cases/{id}/approve", caseId).with(csrf()).with(district)
			.param("version", String.valueOf(version(caseId)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/casework/cases/{id}/approve", caseId).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version(caseId)))).andExpect(status().is3xxRedirection());
		String published = mvc.perform(get("/public/cases/{id}", caseId)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(published).contains(marker).contains("孙某").doesNotContain("孙立伟").doesNotContain("13600001111")
			.doesNotContain("星河智造");
		mvc.perform(post("/casework/cases/{id}/approve", caseId).with(csrf()).with(guide)
			.param("version", String.valueOf(version(caseId)))).andExpect(status().isForbidden());
	}

	@Test
	void aGuidanceOfficerWhoIsNotAppointedWritesNoCase() throws Exception {
		TestAccount account = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		RequestPostProcessor notAppointed = Principals.as(account);
		mvc.perform(post("/casework/cases").with(csrf()).with(notAppointed)
			.param("year", "2026")
			.param("secretKind", "TECHNICAL")
			.param("industryCode", "SOFTWARE_IT")
			.param("infringementForm", "DEPARTING_STAFF")
			.param("title", "未聘任指导员的案例")
			.param("facts", "案情。")
			.param("handling", "处理。")
			.param("significance", "意义。")).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select count(*) from typical_case where created_by = ?", Long.class,
				account.getUsername())).isZero();
	}
}
