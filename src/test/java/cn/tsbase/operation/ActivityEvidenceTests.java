package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/** Evidence of an activity goes through the attachment module and is read within the base's scope only. */
@IntegrationTest
class ActivityEvidenceTests {

	static final String SHUNYI = "110113";

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
	void theUnitAttachesASignInSheetThatTheDistrictDownloadsAndOthersCannotReach() throws Exception {
		var base = fixtures.designate("佐证科技有限公司", SHUNYI, BaseType.POINT);
		var unit = Principals.role(Role.LIAISON, SHUNYI, base.unitId());
		mvc.perform(post("/operation/bases/{id}/activities", base.baseId()).with(unit)
			.with(csrf())
			.param("kind", "TRAINING")
			.param("heldOn", "2026-03-15")
			.param("topic", "佐证培训")
			.param("place", "会议室")
			.param("participants", "20")
			.param("organiser", "法务部")).andExpect(status().is3xxRedirection());
		long activityId = jdbc.queryForObject("select id from base_activity where base_id = ?", Long.class,
				base.baseId());
		String url = "/operation/bases/" + base.baseId() + "/activities/" + activityId + "/evidence";

		mvc.perform(multipart(url).file(new MockMultipartFile("file", "签到表.pdf", "application/pdf",
				SampleFiles.pdf("签到"))).with(unit).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "operation.evidence.added"));
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "改名.pdf", "application/pdf",
				"not a pdf".getBytes())).with(unit).with(csrf()))
			.andExpect(flash().attributeExists("uploadError"));
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "代传.pdf", "application/pdf",
				SampleFiles.pdf("代传"))).with(Principals.role(Role.DISTRICT_OFFICER, SHUNYI, null)).with(csrf()))
			.andExpect(status().isForbidden());

		var officer = Principals.role(Role.DISTRICT_OFFICER, SHUNYI, null);
		var page = Jsoup.parse(mvc.perform(get("/operation/bases/{id}/activities", base.baseId()).with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#activityTable .evidence-link").text()).isEqualTo("1 个文件");
		var evidence = Jsoup.parse(mvc.perform(get(url).with(officer)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String href = evidence.select("#evidenceFiles a").attr("href");
		assertThat(evidence.select("#evidenceFiles a").text()).isEqualTo("签到表.pdf");
		var started = mvc.perform(get(href).with(officer)).andReturn();
		started.getAsyncResult(120_000);
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
		mvc.perform(get(href).with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)))
			.andExpect(status().isNotFound());
		mvc.perform(get(url.replace("/activities/" + activityId, "/activities/" + (activityId + 100_000)))
			.with(officer)).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'ACTIVITY_EVIDENCE_DOWNLOADED' "
				+ "and object_id = ?", Long.class, String.valueOf(activityId))).isEqualTo(1);
	}
}
