package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * Each standard of the profile keeps its evidence files (issue 12, point 1: "structured data with evidence"): the unit
 * uploads and removes them, the upload is checked by the attachment module, every addition and removal is a revision
 * the district sees as unseen, whoever sees the profile downloads them (audited), and nobody else reaches them.
 */
@IntegrationTest
class ProfileEvidenceTests {

	static final String FENGTAI = "110106";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	@Test
	void theUnitFilesTheFoundingDocumentWhichTheDistrictSeesAsAChangeAndDownloads() throws Exception {
		var base = fixtures.designate("档案佐证科技有限公司", FENGTAI, BaseType.POINT);
		var unit = Principals.role(Role.APPLICANT, FENGTAI, base.unitId());
		var officer = Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null);
		String profileUrl = "/operation/bases/" + base.baseId();
		mvc.perform(post(profileUrl + "/seen").with(officer).with(csrf())).andExpect(status().is3xxRedirection());

		mvc.perform(multipart(profileUrl + "/standards/leadership/evidence")
			.file(new MockMultipartFile("file", "领导小组成立通知.pdf", "application/pdf", SampleFiles.pdf("成立通知")))
			.with(unit)
			.with(csrf()))
			.andExpect(redirectedUrl(profileUrl + "#standard-leadership"))
			.andExpect(flash().attribute("flashSuccess", "operation.profileEvidence.added"));
		mvc.perform(multipart(profileUrl + "/standards/rules/evidence")
			.file(new MockMultipartFile("file", "伪装.pdf", "application/pdf", "not a pdf".getBytes()))
			.with(unit)
			.with(csrf()))
			.andExpect(flash().attributeExists("evidenceError"));
		mvc.perform(multipart(profileUrl + "/standards/annual-plan/evidence")
			.file(new MockMultipartFile("file", "计划.pdf", "application/pdf", SampleFiles.pdf("计划")))
			.with(unit)
			.with(csrf())).andExpect(status().isNotFound());

		Document page = page(profileUrl, officer);
		assertThat(page.select("#evidence-leadership .evidence-files a").text()).isEqualTo("领导小组成立通知.pdf");
		assertThat(page.select("#evidence-rules .evidence-files a")).isEmpty();
		assertThat(page.select("#evidence-leadership form")).as("the district reads, it does not upload").isEmpty();
		assertThat(page.select("#revisionTable tr.unseen").text()).contains("上传佐证材料");

		String href = page.select("#evidence-leadership .evidence-files a").attr("href");
		var started = mvc.perform(get(href).with(officer)).andReturn();
		started.getAsyncResult(120_000);
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
		long attachmentId = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("BASE_PROFILE_EVIDENCE_DOWNLOADED", base.baseId()) == 1
					&& count("BASE_PROFILE_EVIDENCE_ADDED", base.baseId()) == 1);

		Document own = page(profileUrl, unit);
		assertThat(own.select("#evidenceForm-leadership input[type=file]")).hasSize(1);
		assertThat(own.select("#evidenceForm-leadership label").attr("for")).isEqualTo("evidenceFile-leadership");
		mvc.perform(post(profileUrl + "/evidence/" + attachmentId + "/remove").with(unit).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "operation.profileEvidence.removed"));
		assertThat(page(profileUrl, officer).select("#evidence-leadership .evidence-files a")).isEmpty();
		assertThat(jdbc.queryForObject("select fields from base_profile_revision r join base_profile p "
				+ "on p.id = r.profile_id where p.base_id = ? order by r.revision desc fetch first 1 rows only",
				String.class, base.baseId())).isEqualTo("evidenceRemoved");
		await().atMost(Duration.ofSeconds(20)).until(() -> count("BASE_PROFILE_EVIDENCE_REMOVED", base.baseId()) == 1);
	}

	@Test
	void nobodyOutsideTheBaseReachesOrChangesItsEvidence() throws Exception {
		var base = fixtures.designate("档案佐证隔离有限公司", FENGTAI, BaseType.POINT);
		var other = fixtures.designate("另一家档案公司", FENGTAI, BaseType.POINT);
		var unit = Principals.role(Role.LIAISON, FENGTAI, base.unitId());
		String profileUrl = "/operation/bases/" + base.baseId();
		mvc.perform(multipart(profileUrl + "/standards/office/evidence")
			.file(new MockMultipartFile("file", "办公室设立文件.pdf", "application/pdf", SampleFiles.pdf("办公室")))
			.with(unit)
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "operation.profileEvidence.added"));
		long attachmentId = jdbc.queryForObject("select id from attachment where owner_type = 'base-profile' "
				+ "and owner_id = ?", Long.class, base.baseId());

		var otherUnit = Principals.role(Role.APPLICANT, FENGTAI, other.unitId());
		mvc.perform(get(profileUrl + "/evidence/" + attachmentId).with(otherUnit)).andExpect(status().isNotFound());
		mvc.perform(get(profileUrl + "/evidence/" + attachmentId)
			.with(Principals.role(Role.DISTRICT_OFFICER, "110108", null))).andExpect(status().isNotFound());
		mvc.perform(get("/operation/bases/" + other.baseId() + "/evidence/" + attachmentId)
			.with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null))).andExpect(status().isNotFound());
		mvc.perform(post(profileUrl + "/evidence/" + attachmentId + "/remove").with(otherUnit).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(profileUrl + "/evidence/" + attachmentId + "/remove")
			.with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart(profileUrl + "/standards/office/evidence")
			.file(new MockMultipartFile("file", "代传.pdf", "application/pdf", SampleFiles.pdf("代传")))
			.with(otherUnit)
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'base-profile' "
				+ "and owner_id = ?", Long.class, base.baseId())).isEqualTo(1);
	}

	private long count(String event, long baseId) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(baseId));
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
