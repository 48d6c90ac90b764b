package cn.tsbase.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.jsoup.Jsoup;
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
 * The guidance officer assigned to a unit (through the guidance module) sees that unit's leak incidents in the list,
 * the page and the API, every read audited, and is notified of a report with a link only; any other guidance officer
 * (of the same district, or not appointed) gets nothing: an empty list and 404. Evidence files of an incident are
 * added by the unit or its district and read by whoever sees the incident, each download audited.
 */
@IntegrationTest
class GuidedIncidentTests {

	static final String XICHENG = "110102";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	AccountFixtures accounts;

	RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	record Unit(long id, String name, String uscc, RequestPostProcessor principal) {
	}

	private Unit unit() {
		String name = "北京" + UUID.randomUUID().toString().substring(0, 6) + "光电科技有限公司";
		var registered = units.register(name, XICHENG);
		return new Unit(registered.unit().getId(), name, registered.unit().getUscc(),
				Principals.role(Role.APPLICANT, XICHENG, registered.unit().getId()));
	}

	/** Appoints a new guidance officer of Xicheng; returns the officer's id. */
	private long appoint(TestAccount account) throws Exception {
		mvc.perform(post("/guidance/officers").with(district)
			.with(csrf())
			.param("accountId", String.valueOf(account.getId()))
			.param("expertise", "商业秘密法律实务")
			.param("phone", "13812345678")
			.param("email", "guide@example.com")).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select id from guidance_officer where account_id = ?", Long.class, account.getId());
	}

	private void assign(long officerId, Unit unit) throws Exception {
		mvc.perform(post("/guidance/officers/{id}/units", officerId).with(district)
			.with(csrf())
			.param("uscc", unit.uscc())).andExpect(status().is3xxRedirection());
	}

	private long report(Unit unit, String description) throws Exception {
		String location = mvc.perform(post("/casework/incidents").with(csrf()).with(unit.principal())
			.param("discoveredOn", "2026-03-01")
			.param("origin", "EXTERNAL")
			.param("intent", "MALICIOUS")
			.param("secretCategory", "BUSINESS")
			.param("channel", "THIRD_PARTY")
			.param("description", description)
			.param("estimatedLoss", "80")
			.param("actionsTaken", "已向合作方发送律师函")
			.param("helpWanted", "true")
			.param("remedy", "CIVIL"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void theAssignedOfficerIsNotifiedSeesTheIncidentAndEveryReadIsAuditedOthersAreRefused() throws Exception {
		TestAccount guideAccount = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		TestAccount otherAccount = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		TestAccount notAppointed = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		long guide = appoint(guideAccount);
		long other = appoint(otherAccount);
		Unit guided = unit();
		Unit elsewhere = unit();
		assign(guide, guided);
		assign(other, elsewhere);
		String description = "销售总监离职后带走客户名单" + UUID.randomUUID().toString().substring(0, 6);
		long id = report(guided, description);
		long notMine = report(elsewhere, "合作方泄露报价单");
		String link = "/casework/incidents/" + id;

		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from notification where recipient_id = ? and link = ?",
					guideAccount.getId(), link) == 1);
		String stored = jdbc.queryForObject(
				"select message_key || ' ' || coalesce(message_args, '') from notification where recipient_id = ? "
						+ "and link = ?",
				String.class, guideAccount.getId(), link);
		assertThat(stored).contains("LEAK_INCIDENT_OF_GUIDED_UNIT").doesNotContain(description, guided.name());
		assertThat(count("select count(*) from notification where recipient_id = ? and link = ?",
				otherAccount.getId(), link)).isZero();

		RequestPostProcessor guideUser = Principals.as(guideAccount);
		String page = mvc.perform(get(link).with(guideUser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(description).doesNotContain("id=\"responseForm\"").doesNotContain("id=\"proposeCase\"");
		mvc.perform(get("/api/v1/incidents/{id}", id).with(guideUser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		String list = mvc.perform(get("/casework/incidents").with(guideUser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(link + "\"").doesNotContain("/casework/incidents/" + notMine + "\"");
		mvc.perform(get("/api/v1/incidents").with(guideUser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)]", id).exists())
			.andExpect(jsonPath("$[?(@.id == %d)]", notMine).doesNotExist());

		mvc.perform(get(link).with(Principals.as(otherAccount))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incidents/{id}", id).with(Principals.as(notAppointed)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incidents").with(Principals.as(notAppointed)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(post(link + "/response").with(guideUser).with(csrf())).andExpect(status().isForbidden());
		// the officer may propose a case from an incident of a unit they guide, but only once it is closed
		// (GuideCaseOutcomeTests proposes a closed one)
		mvc.perform(post(link + "/case").with(guideUser).with(csrf())).andExpect(status().isConflict());
		// the officer's case list holds only the cases they wrote (GuideCaseTests), none proposed from the incident
		mvc.perform(get("/api/v1/cases").with(guideUser)).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from audit_entry where event = 'INCIDENT_READ' and object_id = ? "
					+ "and outcome = 'SUCCESS' and actor = ?", String.valueOf(id), guideAccount.getUsername()) == 2
					&& count("select count(*) from audit_entry where event = 'INCIDENT_READ' and object_id = ? "
							+ "and outcome = 'FAILURE'", String.valueOf(id)) >= 2
					&& count("select count(*) from audit_entry where event = 'INCIDENTS_LISTED' and actor = ?",
							guideAccount.getUsername()) == 2);
	}

	@Test
	void anOfficerWhoseAssignmentEndedNoLongerSeesTheIncident() throws Exception {
		TestAccount guideAccount = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		TestAccount successorAccount = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		long guide = appoint(guideAccount);
		long successor = appoint(successorAccount);
		Unit unit = unit();
		assign(guide, unit);
		long id = report(unit, "服务器遭入侵，设计文档被下载");
		mvc.perform(get("/casework/incidents/{id}", id).with(Principals.as(guideAccount))).andExpect(status().isOk());

		assign(successor, unit); // ends the first officer's assignment the same day
		mvc.perform(get("/casework/incidents/{id}", id).with(Principals.as(guideAccount)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/casework/incidents/{id}", id).with(Principals.as(successorAccount)))
			.andExpect(status().isOk());
	}

	@Test
	void evidenceIsAddedByTheUnitAndItsDistrictAndReadByWhoeverSeesTheIncidentEachDownloadAudited()
			throws Exception {
		TestAccount guideAccount = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		assign(appoint(guideAccount), unit());
		Unit unit = unit();
		assign(appoint(accounts.official(Role.GUIDANCE_OFFICER, XICHENG)), unit);
		long id = report(unit, "测试服务器日志被外部下载");
		String url = "/casework/incidents/" + id + "/evidence";

		mvc.perform(multipart(url).file(new MockMultipartFile("file", "访问日志截图.pdf", "application/pdf",
				SampleFiles.pdf("日志"))).with(unit.principal()).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "casework.case.attached"));
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "律师函.pdf", "application/pdf",
				SampleFiles.pdf("律师函"))).with(district).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "casework.case.attached"));
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "假的.pdf", "application/pdf",
				"not a pdf".getBytes())).with(unit.principal()).with(csrf()))
			.andExpect(flash().attributeExists("flashError"));
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "别区.pdf", "application/pdf",
				SampleFiles.pdf("别区"))).with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "指导员.pdf", "application/pdf",
				SampleFiles.pdf("指导员"))).with(Principals.as(guideAccount)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from attachment where owner_type = 'leak-incident' and owner_id = ?", id))
			.isEqualTo(2);

		var page = Jsoup.parse(mvc.perform(get("/casework/incidents/{id}", id).with(district))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#evidence a").eachText()).containsExactly("访问日志截图.pdf", "律师函.pdf");
		String href = page.select("#evidence a").first().attr("href");
		var started = mvc.perform(get(href).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andReturn();
		started.getAsyncResult(120_000);
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
		mvc.perform(get(href).with(Principals.as(guideAccount))).andExpect(status().isNotFound());
		mvc.perform(get(href).with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)))
			.andExpect(status().isNotFound());
		mvc.perform(get(href).with(Principals.role(Role.IP_OFFICER, XICHENG, null))).andExpect(status().isForbidden());
		long otherIncident = report(unit(), "另一起事件");
		mvc.perform(get(href.replace("/incidents/" + id + "/", "/incidents/" + otherIncident + "/")).with(district))
			.andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from audit_entry where event = 'INCIDENT_EVIDENCE_READ' "
					+ "and object_id = ?", String.valueOf(id)) == 1
					&& count("select count(*) from audit_entry where event = 'INCIDENT_EVIDENCE_ADDED' "
							+ "and object_id = ?", String.valueOf(id)) == 2);

		mvc.perform(post("/casework/incidents/{id}/response", id).with(district)
			.with(csrf())
			.param("firstContact",
					java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0).toString())
			.param("measures", "电话联系并指导固定证据")
			.param("referral", "NONE")
			.param("version", String.valueOf(count("select version from leak_incident where id = ?", id))))
			.andExpect(status().is3xxRedirection());
		long version = count("select version from leak_incident where id = ?", id);
		mvc.perform(post("/casework/incidents/{id}/close", id).with(district)
			.with(csrf())
			.param("outcome", "已调解")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "结案后.pdf", "application/pdf",
				SampleFiles.pdf("结案后"))).with(unit.principal()).with(csrf()))
			.andExpect(status().isConflict());
	}
}
