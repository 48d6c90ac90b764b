package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * Guidance (培育指导): the district appoints and assigns guidance officers, units ask for guidance, officers record
 * visits whose recommendations are followed up to closure; each caller sees only their part.
 */
@IntegrationTest
class GuidanceTests {

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

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GuidanceManagement guidance;

	GuidanceFixtures fixtures;

	RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	@BeforeEach
	void fixtures() {
		fixtures = new GuidanceFixtures(units, events, transactions, jdbc);
	}

	/** An appointed guidance officer of the district: the principal and the officer's id. */
	record Officer(RequestPostProcessor principal, long id, long accountId) {
	}

	Officer appoint(String district, String phone) throws Exception {
		var account = accounts.official(Role.GUIDANCE_OFFICER, district);
		mvc.perform(post("/guidance/officers").with(Principals.role(Role.DISTRICT_OFFICER, district, null))
			.with(csrf())
			.param("accountId", String.valueOf(account.getId()))
			.param("expertise", "商业秘密法律实务")
			.param("phone", phone)
			.param("email", "guide@example.com")).andExpect(status().is3xxRedirection());
		long id = jdbc.queryForObject("select id from guidance_officer where account_id = ?", Long.class,
				account.getId());
		return new Officer(Principals.as(account), id, account.getId());
	}

	void assignBase(Officer officer, GuidanceFixtures.Base base) throws Exception {
		mvc.perform(post("/guidance/officers/{id}/bases", officer.id()).with(district)
			.with(csrf())
			.param("baseId", String.valueOf(base.baseId()))).andExpect(status().is3xxRedirection());
	}

	long recordVisit(Officer officer, GuidanceFixtures.Base base, String recommendation, LocalDate dueOn)
			throws Exception {
		String location = mvc.perform(post("/guidance/visits").with(officer.principal())
			.with(csrf())
			.param("unitId", String.valueOf(base.unitId()))
			.param("visitedOn", LocalDate.now().minusDays(1).toString())
			.param("mode", "ON_SITE")
			.param("participants", "法务部张某、信息部李某")
			.param("topics", "RISK_ASSESSMENT", "CONFIDENTIALITY_RULES")
			.param("checked", "LEDGERS", "RULES")
			.param("findings", "涉密人员台账未及时更新。")
			.param("recommendations[0].text", recommendation)
			.param("recommendations[0].dueOn", dueOn.toString())
			.param("recommendations[1].text", "")).andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private Document page(String path, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theDistrictAppointsAnOfficerWhoseContactIsStoredEncryptedAndAssignsABaseThatTheWorkbenchLists()
			throws Exception {
		var base = fixtures.base("指导分配科技有限公司", XICHENG);
		Officer officer = appoint(XICHENG, "13812345678");
		assignBase(officer, base);

		String stored = jdbc.queryForObject("select phone from guidance_officer where id = ?", String.class,
				officer.id());
		assertThat(stored).isNotBlank().doesNotContain("13812345678");
		assertThat(page("/guidance/officers/" + officer.id(), district).select("#officerDetails").text())
			.contains("13812345678");
		Document workbench = page("/guidance/workbench", officer.principal());
		assertThat(workbench.select("#myUnitTable tbody tr").text()).contains("指导分配科技有限公司");
		assertThat(guidance.officerOf(base.unitId())).hasValueSatisfying(a -> {
			assertThat(a.officerId()).isEqualTo(officer.id());
			assertThat(a.accountId()).isEqualTo(officer.accountId());
		});
	}

	@Test
	void assigningAUnitToAnotherOfficerEndsTheFirstAssignmentAndKeepsItAsHistory() throws Exception {
		var base = fixtures.base("指导换人科技有限公司", XICHENG);
		Officer first = appoint(XICHENG, "");
		Officer second = appoint(XICHENG, "");
		assignBase(first, base);
		assignBase(second, base);

		assertThat(guidance.officerOf(base.unitId())).hasValueSatisfying(a -> assertThat(a.officerId())
			.isEqualTo(second.id()));
		Document history = page("/guidance/officers/" + first.id(), district);
		assertThat(history.select("#assignmentTable tbody tr.past").text()).contains("指导换人科技有限公司");
		assertThat(page("/guidance/workbench", first.principal()).select("#myUnitTable").text())
			.doesNotContain("指导换人科技有限公司");
		mvc.perform(post("/guidance/officers/{id}/bases", second.id()).with(district)
			.with(csrf())
			.param("baseId", String.valueOf(base.baseId()))).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select count(*) from guidance_assignment where unit_id = ? and valid_to is null",
				Long.class, base.unitId())).isEqualTo(1);
	}

	@Test
	void anOfficerOfAnotherDistrictCannotBeReachedByTheDistrict() throws Exception {
		Officer haidian = appoint(HAIDIAN, "");
		mvc.perform(get("/guidance/officers/{id}", haidian.id()).with(district)).andExpect(status().isNotFound());
		mvc.perform(post("/guidance/officers/{id}/bases", haidian.id()).with(district)
			.with(csrf())
			.param("baseId", "1")).andExpect(status().isNotFound());
	}

	@Test
	void aUnitsRequestIsAssignedByTheDistrictAndTheUnitSeesWhoAndWhenWhileTheDistrictWasNotified() throws Exception {
		var base = fixtures.base("指导申请科技有限公司", XICHENG);
		Officer officer = appoint(XICHENG, "");
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, XICHENG, base.unitId());
		String location = mvc.perform(post("/guidance/requests").with(unit)
			.with(csrf())
			.param("topics", "LAW_CONSULTATION", "TRAINING")
			.param("mode", "ONLINE")
			.param("description", "希望就竞业限制协议的写法获得指导。")).andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long requestId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long version = jdbc.queryForObject("select version from guidance_request where id = ?", Long.class,
				requestId);
		LocalDate planned = LocalDate.now().plusDays(7);
		mvc.perform(post("/guidance/requests/{id}/assign", requestId).with(district)
			.with(csrf())
			.param("officerId", String.valueOf(officer.id()))
			.param("plannedOn", planned.toString())
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());

		Document seen = page("/guidance/requests/" + requestId, unit);
		assertThat(seen.select("#requestOfficer").text()).isEqualTo("测试用户");
		assertThat(seen.select("#requestPlannedOn").text()).isEqualTo(planned.toString());
		// the topics by their names, never their codes, on the request and in the unit's list
		assertThat(seen.select("main").text()).contains("法规咨询、培训").doesNotContain("LAW_CONSULTATION");
		assertThat(page("/guidance/requests", unit).select("main").text()).contains("法规咨询、培训")
			.doesNotContain("LAW_CONSULTATION");
		assertThat(page("/guidance/workbench", officer.principal()).select("#dueTable").text())
			.contains("指导申请科技有限公司");
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link = ?",
					Long.class, officer.accountId(), "/guidance/requests/" + requestId) == 1);
		mvc.perform(get("/guidance/requests/{id}", requestId)
			.with(Principals.role(Role.APPLICANT, XICHENG, base.unitId() + 1_000_000))).andExpect(status().isNotFound());
	}

	@Test
	void aRequestWithAnUnknownTopicIsRefusedWithTheReason() throws Exception {
		var base = fixtures.base("主题校验科技有限公司", XICHENG);
		String body = mvc.perform(post("/guidance/requests").with(Principals.role(Role.APPLICANT, XICHENG, base.unitId()))
			.with(csrf())
			.param("topics", "NO_SUCH_TOPIC")
			.param("mode", "ONLINE")
			.param("description", "说明")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("请至少选择一项有效的指导主题");
		assertThat(jdbc.queryForObject("select count(*) from guidance_request where unit_id = ?", Long.class,
				base.unitId())).isZero();
	}

	@Test
	void aVisitsRecommendationIsFollowedUpToClosureAndEveryWrongStepIsAConflict() throws Exception {
		var base = fixtures.base("整改跟踪科技有限公司", XICHENG);
		Officer officer = appoint(XICHENG, "");
		assignBase(officer, base);
		long visitId = recordVisit(officer, base, "一个月内更新涉密人员台账", LocalDate.now().plusDays(30));
		RequestPostProcessor unit = Principals.role(Role.LIAISON, XICHENG, base.unitId());

		long visitVersion = jdbc.queryForObject("select version from guidance_visit where id = ?", Long.class, visitId);
		mvc.perform(post("/guidance/visits/{id}/confirm", visitId).with(unit)
			.with(csrf())
			.param("version", String.valueOf(visitVersion))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/guidance/visits/{id}/comment", visitId).with(unit)
			.with(csrf())
			.param("version", String.valueOf(visitVersion + 1))
			.param("comment", "补充意见")).andExpect(status().isConflict());

		long followUpId = jdbc.queryForObject("select id from guidance_follow_up where visit_id = ?", Long.class,
				visitId);
		mvc.perform(post("/guidance/follow-ups/{id}/reopen", followUpId).with(officer.principal())
			.with(csrf())
			.param("version", String.valueOf(followUpVersion(followUpId)))
			.param("note", "尚未反馈")).andExpect(status().isConflict());
		mvc.perform(post("/guidance/follow-ups/{id}/report", followUpId).with(unit)
			.with(csrf())
			.param("version", String.valueOf(followUpVersion(followUpId)))
			.param("report", "已更新台账并由法务部复核。")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/guidance/follow-ups/{id}/reopen", followUpId).with(officer.principal())
			.with(csrf())
			.param("version", String.valueOf(followUpVersion(followUpId)))
			.param("note", "请附更新后的台账")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/guidance/follow-ups/{id}/report", followUpId).with(unit)
			.with(csrf())
			.param("version", String.valueOf(followUpVersion(followUpId)))
			.param("report", "已附台账。")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/guidance/follow-ups/{id}/close", followUpId).with(officer.principal())
			.with(csrf())
			.param("version", String.valueOf(followUpVersion(followUpId)))).andExpect(status().is3xxRedirection());

		Document visit = page("/guidance/visits/" + visitId, unit);
		assertThat(visit.select("#visitStatus").text()).isEqualTo("单位已确认");
		assertThat(visit.select("main").text()).contains("风险评估、建立保密制度").doesNotContain("RISK_ASSESSMENT");
		assertThat(visit.select("#followUp-" + followUpId + " .status").text()).isEqualTo("已关闭");
		GuidanceSummary summary = guidance.ofBase(base.baseId(), LocalDate.now().minusDays(1).getYear());
		assertThat(summary.visits()).isEqualTo(1);
		assertThat(summary.closedFollowUps()).isEqualTo(1);
		assertThat(summary.openFollowUps()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'FOLLOW_UP_REOPENED' "
				+ "and object_id = ?", Long.class, String.valueOf(followUpId))).isEqualTo(1);
	}

	@Test
	void theDistrictSeesOverdueFollowUpsAndVisitsPerBaseWhileOtherCallersSeeOnlyTheirOwn() throws Exception {
		var base = fixtures.base("逾期建议科技有限公司", XICHENG);
		Officer officer = appoint(XICHENG, "");
		Officer other = appoint(XICHENG, "");
		assignBase(officer, base);
		long visitId = recordVisit(officer, base, "完善离职人员保密承诺", LocalDate.now().minusDays(3));

		assertThat(page("/guidance/follow-ups?show=overdue", district).select("#followUpList tbody tr.overdue").text())
			.contains("完善离职人员保密承诺");
		assertThat(page("/guidance/visits", district).select("#perBaseTable").text()).contains("逾期建议科技有限公司");
		assertThat(guidance.ofBase(base.baseId(), LocalDate.now().minusDays(1).getYear()).overdueFollowUps())
			.isEqualTo(1);

		mvc.perform(get("/guidance/visits/{id}", visitId).with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(get("/guidance/visits/{id}", visitId).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/guidance/visits/{id}", visitId).with(Principals.role(Role.APPLICANT, XICHENG,
				base.unitId() + 1_000_000))).andExpect(status().isNotFound());
		assertThat(page("/guidance/visits", other.principal()).select("#visitTable").text())
			.doesNotContain("逾期建议科技有限公司");
		mvc.perform(get("/api/v1/guidance-visits/{id}", visitId).with(Principals.role(Role.MUNICIPAL_OFFICER, null,
				null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.unitName").value("逾期建议科技有限公司"))
			.andExpect(jsonPath("$.followUps[0].overdue").value(true));
		mvc.perform(get("/api/v1/guidance-visits").with(officer.principal()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(visitId));
	}

	@Test
	void anOfficerCannotRecordAVisitAtAUnitNotAssignedToThem() throws Exception {
		var base = fixtures.base("未分配单位科技有限公司", XICHENG);
		Officer officer = appoint(XICHENG, "");
		mvc.perform(post("/guidance/visits").with(officer.principal())
			.with(csrf())
			.param("unitId", String.valueOf(base.unitId()))
			.param("visitedOn", LocalDate.now().toString())
			.param("mode", "ONLINE")
			.param("participants", "张某")
			.param("topics", "TRAINING")
			.param("findings", "无")).andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from guidance_visit where unit_id = ?", Long.class,
				base.unitId())).isZero();
	}

	@Test
	void aRecommendationWithoutDueDayIsRefusedOnTheForm() throws Exception {
		var base = fixtures.base("建议期限科技有限公司", XICHENG);
		Officer officer = appoint(XICHENG, "");
		assignBase(officer, base);
		String body = mvc.perform(post("/guidance/visits").with(officer.principal())
			.with(csrf())
			.param("unitId", String.valueOf(base.unitId()))
			.param("visitedOn", LocalDate.now().toString())
			.param("mode", "ONLINE")
			.param("participants", "张某")
			.param("topics", "TRAINING")
			.param("findings", "无")
			.param("recommendations[0].text", "制定保密制度")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("请为该建议填写整改期限");
	}

	private long followUpVersion(long id) {
		return jdbc.queryForObject("select version from guidance_follow_up where id = ?", Long.class, id);
	}
}
