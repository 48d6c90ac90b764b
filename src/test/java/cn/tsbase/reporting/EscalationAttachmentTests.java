package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.shared.security.Role;

/**
 * Files on an escalation (问题反映): the district that raised it and the bureau attach files while it is open, through
 * the attachment module's upload checks; whoever sees the escalation downloads them (audited), another district or
 * another escalation's address finds nothing, and once it is answered no file is added.
 */
@IntegrationTest
class EscalationAttachmentTests {

	private static final String MENTOUGOU = "110109";
	private static final String FANGSHAN = "110111";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	private static RequestPostProcessor bureau() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	private long raise(String district, String title) throws Exception {
		String location = mvc.perform(post("/reporting/escalations").with(csrf())
			.with(district(district))
			.param("title", title)
			.param("description", "基地反映涉密载体管理缺少统一规范。"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long count(String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Long.class, arguments);
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", SampleFiles.pdf(name));
	}

	@Test
	void theDistrictAndTheBureauAttachFilesWhileItIsOpenAndWhoeverSeesItDownloadsThem() throws Exception {
		long id = raise(MENTOUGOU, "载体管理规范缺失");
		long other = raise(MENTOUGOU, "另一个问题");
		String link = "/reporting/escalations/" + id;
		assertThat(page(link, district(MENTOUGOU)).select("#escalationAttachments").text()).contains("暂无附件");

		mvc.perform(multipart(link + "/attachments").file(pdf("基地情况说明.pdf")).with(district(MENTOUGOU)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "reporting.escalation.attached"));
		mvc.perform(multipart(link + "/attachments").file(pdf("市局参考材料.pdf")).with(bureau()).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "reporting.escalation.attached"));
		// the upload checks: content that is not what its name says is refused with the reason
		mvc.perform(multipart(link + "/attachments").file(new MockMultipartFile("file", "假的.pdf", "application/pdf",
				"not a pdf".getBytes())).with(district(MENTOUGOU)).with(csrf()))
			.andExpect(flash().attributeExists("flashError"));
		mvc.perform(multipart(link + "/attachments").with(district(MENTOUGOU)).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(multipart(link + "/attachments").file(pdf("别区.pdf")).with(district(FANGSHAN)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(link + "/attachments").file(pdf("联络员.pdf"))
			.with(Principals.role(Role.IP_OFFICER, MENTOUGOU, null)).with(csrf())).andExpect(status().isForbidden());
		assertThat(count("select count(*) from attachment where owner_type = 'escalation' and owner_id = ?", id))
			.isEqualTo(2);

		Document shown = page(link, bureau());
		assertThat(shown.select("#escalationAttachments a").eachText()).containsExactly("基地情况说明.pdf", "市局参考材料.pdf");
		String href = shown.select("#escalationAttachments a").first().attr("href");
		var started = mvc.perform(get(href).with(district(MENTOUGOU))).andReturn();
		started.getAsyncResult(120_000);
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
		mvc.perform(get(href).with(district(FANGSHAN))).andExpect(status().isNotFound());
		mvc.perform(get(href.replace("/escalations/" + id + "/", "/escalations/" + other + "/"))
			.with(district(MENTOUGOU))).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from audit_entry where event = 'ESCALATION_ATTACHMENT_READ' "
					+ "and object_id = ?", String.valueOf(id)) == 1
					&& count("select count(*) from audit_entry where event = 'ESCALATION_ATTACHMENT_ADDED' "
							+ "and object_id = ?", String.valueOf(id)) == 2);

		mvc.perform(post(link + "/answer").with(csrf())
			.with(bureau())
			.param("answer", "市局将发布载体管理指引")
			.param("version", String.valueOf(count("select version from escalation where id = ?", id))))
			.andExpect(status().is3xxRedirection());
		assertThat(page(link, district(MENTOUGOU)).select("#attachmentForm")).isEmpty();
		mvc.perform(multipart(link + "/attachments").file(pdf("补充.pdf")).with(district(MENTOUGOU)).with(csrf()))
			.andExpect(status().isConflict());
	}
}
