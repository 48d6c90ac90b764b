package cn.tsbase.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * A guidance officer who wrote a typical case hears of each step of its review (district approval, rejection with the
 * reason, publication), each notice linking to the case; and a guidance officer proposes a closed incident of a unit
 * assigned to them as a typical case: a desensitised draft of their own, linked to the incident, audited, once.
 */
@IntegrationTest
class GuideCaseOutcomeTests {

	static final String XICHENG = "110102";

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	UnitFixtures units;

	@Autowired
	MutableClock clock;

	private final RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	private final RequestPostProcessor bureau = Principals.role(Role.MUNICIPAL_OFFICER, null, null);

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

	private long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private List<String> notices(TestAccount account, String link) {
		return jdbc.queryForList("select message_key || ' ' || coalesce(message_args, '') from notification "
				+ "where recipient_id = ? and link = ? order by id", String.class, account.getId(), link);
	}

	private long writeCase(RequestPostProcessor guide, String marker) throws Exception {
		String location = mvc.perform(post("/casework/cases").with(csrf()).with(guide)
			.param("year", "2026")
			.param("secretKind", "TECHNICAL")
			.param("industryCode", "SOFTWARE_IT")
			.param("infringementForm", "DEPARTING_STAFF")
			.param("maskCompanies", "true")
			.param("title", "离职工程师带走源代码案" + marker)
			.param("facts", "工程师离职前将源代码上传至个人网盘。")
			.param("handling", "区局立案查处。")
			.param("significance", "离职审计须覆盖个人网盘。"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll("\\D+(\\d+)(/edit)?$", "$1"));
	}

	private void submit(RequestPostProcessor guide, long caseId) throws Exception {
		mvc.perform(post("/casework/cases/{id}/submit", caseId).with(csrf()).with(guide)
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());
	}

	@Test
	void theGuideWhoWroteACaseIsToldOfTheRejectionWithItsReasonTheDistrictApprovalAndThePublication()
			throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		TestAccount guideAccount = appointedGuide();
		TestAccount otherGuide = appointedGuide();
		RequestPostProcessor guide = Principals.as(guideAccount);
		long caseId = writeCase(guide, marker);
		String link = "/casework/cases/" + caseId;

		submit(guide, caseId);
		String reason = "请删去涉案企业所在园区名称" + marker;
		mvc.perform(post("/casework/cases/{id}/reject", caseId).with(csrf()).with(district)
			.param("reason", reason)
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(guideAccount, link).size() == 1);
		assertThat(notices(guideAccount, link).get(0)).contains("TYPICAL_CASE_REJECTED").contains(reason)
			.contains(marker);

		submit(guide, caseId);
		mvc.perform(post("/casework/cases/{id}/approve", caseId).with(csrf()).with(district)
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(guideAccount, link).size() == 2);
		assertThat(notices(guideAccount, link).get(1)).contains("TYPICAL_CASE_ACCEPTED_BY_DISTRICT").contains(marker);

		mvc.perform(post("/casework/cases/{id}/approve", caseId).with(csrf()).with(bureau)
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());
		String publicLink = "/public/cases/" + caseId;
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(guideAccount, publicLink).size() == 1);
		assertThat(notices(guideAccount, publicLink).get(0)).contains("TYPICAL_CASE_PUBLISHED").contains(marker);

		// the notices are the author's only
		assertThat(count("select count(*) from notification where recipient_id = ? and link in (?, ?)",
				otherGuide.getId(), link, publicLink)).isZero();
	}

	@Test
	void theGuideOfTheUnitProposesItsClosedIncidentAsADesensitisedCaseOfTheirOwnOnce() throws Exception {
		TestAccount guideAccount = appointedGuide();
		TestAccount otherAccount = appointedGuide();
		RequestPostProcessor guide = Principals.as(guideAccount);
		long officerId = jdbc.queryForObject("select id from guidance_officer where account_id = ?", Long.class,
				guideAccount.getId());
		String unitName = "北京" + UUID.randomUUID().toString().substring(0, 6) + "精密仪器有限公司";
		var registered = units.register(unitName, XICHENG);
		mvc.perform(post("/guidance/officers/{id}/units", officerId).with(district)
			.with(csrf())
			.param("uscc", registered.unit().getUscc())).andExpect(status().is3xxRedirection());
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, XICHENG, registered.unit().getId());
		String location = mvc.perform(post("/casework/incidents").with(csrf()).with(unit)
			.param("discoveredOn", "2026-03-01")
			.param("origin", "INTERNAL")
			.param("intent", "MALICIOUS")
			.param("secretCategory", "TECHNICAL")
			.param("channel", "DEPARTING_STAFF")
			.param("description", unitName + "工程师王建国离职前拷贝图纸，联系电话13912345678。")
			.param("estimatedLoss", "120")
			.param("actionsTaken", "已冻结账号")
			.param("helpWanted", "true")
			.param("remedy", "ADMINISTRATIVE"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long incident = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		// not closed yet: refused
		mvc.perform(post("/casework/incidents/{id}/case", incident).with(csrf()).with(guide))
			.andExpect(status().isConflict());
		mvc.perform(post("/casework/incidents/{id}/response", incident).with(csrf()).with(district)
			.param("firstContact", LocalDateTime.ofInstant(clock.instant(), BEIJING).withSecond(0).withNano(0).toString())
			.param("measures", "上门指导")
			.param("referral", "ENFORCEMENT")
			.param("version", String.valueOf(version("leak_incident", incident)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/casework/incidents/{id}/close", incident).with(csrf()).with(district)
			.param("outcome", "区局已立案查处")
			.param("version", String.valueOf(version("leak_incident", incident)))).andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/casework/incidents/{id}", incident).with(guide)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("form#proposeCase")).isNotEmpty();

		// another guide (not assigned to the unit) cannot see it, hence cannot propose it
		mvc.perform(post("/casework/incidents/{id}/case", incident).with(csrf()).with(Principals.as(otherAccount)))
			.andExpect(status().isNotFound());

		String edit = mvc.perform(post("/casework/incidents/{id}/case", incident).with(csrf()).with(guide))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long caseId = Long.parseLong(edit.replaceAll("\\D+(\\d+)/edit", "$1"));
		assertThat(jdbc.queryForMap("select author_kind, author_unit_id, district_code, incident_id, created_by, status "
				+ "from typical_case where id = ?", caseId))
			.containsEntry("AUTHOR_KIND", "GUIDANCE_OFFICER")
			.containsEntry("AUTHOR_UNIT_ID", null)
			.containsEntry("DISTRICT_CODE", XICHENG)
			.containsEntry("INCIDENT_ID", incident)
			.containsEntry("CREATED_BY", guideAccount.getUsername())
			.containsEntry("STATUS", "DRAFT");
		assertThat(jdbc.queryForObject("select public_title || public_facts from typical_case where id = ?",
				String.class, caseId))
			.doesNotContain(unitName)
			.doesNotContain("王建国")
			.doesNotContain("13912345678")
			.contains("王某");
		mvc.perform(get("/casework/cases/{id}/edit", caseId).with(guide)).andExpect(status().isOk());
		mvc.perform(get("/casework/cases/{id}", caseId).with(Principals.as(otherAccount)))
			.andExpect(status().isNotFound());

		// once per incident
		mvc.perform(post("/casework/incidents/{id}/case", incident).with(csrf()).with(guide))
			.andExpect(status().isConflict());
		mvc.perform(post("/casework/incidents/{id}/case", incident).with(csrf()).with(unit))
			.andExpect(status().isConflict());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from audit_entry where event = 'CASE_PROPOSED_FROM_INCIDENT' "
					+ "and object_id = ? and actor = ?", String.valueOf(caseId), guideAccount.getUsername()) == 1);
	}
}
