package cn.tsbase.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Leak incidents and the typical case library end to end through the pages: the report reaches the district (a link,
 * no content), only the unit, its district and the bureau see it, the response time is measured, a closed incident
 * becomes a case whose desensitised version passes the two reviews and reaches the public library without any masked
 * value — in the page, its cached copy and the API.
 */
@IntegrationTest
class CaseworkTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";
	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	CaseworkManagement casework;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	record Reporter(long unitId, String unitName, RequestPostProcessor principal) {
	}

	private Reporter unitOf(String district) {
		String name = "北京" + unique() + "精密仪器有限公司";
		UnitFixtures.RegisteredUnit registered = units.register(name, district);
		return new Reporter(registered.unit().getId(), name,
				Principals.role(Role.APPLICANT, district, registered.unit().getId()));
	}

	private long report(Reporter unit, String description) throws Exception {
		String location = mvc.perform(post("/casework/incidents").with(csrf()).with(unit.principal())
			.param("discoveredOn", "2026-03-01")
			.param("origin", "INTERNAL")
			.param("intent", "MALICIOUS")
			.param("secretCategory", "TECHNICAL")
			.param("channel", "DEPARTING_STAFF")
			.param("description", description)
			.param("estimatedLoss", "350.5")
			.param("evidenceSecured", "true")
			.param("accessRevoked", "true")
			.param("actionsTaken", "已冻结其账号并向其发送律师函")
			.param("helpWanted", "true")
			.param("remedy", "ADMINISTRATIVE"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	@Test
	void anIncidentIsSeenOnlyByTheUnitItsDistrictOfficersAndTheBureauAndEveryReadIsAudited() throws Exception {
		Reporter unit = unitOf(XICHENG);
		String description = "研发部前员工离职时拷贝了图纸" + unique();
		long id = report(unit, description);

		assertThat(body(get("/casework/incidents/{id}", id).with(unit.principal()))).contains(description);
		assertThat(body(get("/casework/incidents/{id}", id).with(Principals.role(Role.DISTRICT_OFFICER, XICHENG, null))))
			.contains(description);
		assertThat(body(get("/casework/incidents/{id}", id).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))))
			.contains(description);
		mvc.perform(get("/casework/incidents/{id}", id).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incidents/{id}", id).with(unitOf(XICHENG).principal())).andExpect(status().isNotFound());
		mvc.perform(get("/casework/incidents/{id}", id).with(Principals.role(Role.IP_OFFICER, XICHENG, null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/casework/incidents/{id}", id).with(Principals.role(Role.GUIDANCE_OFFICER, XICHENG, null)))
			.andExpect(status().isNotFound()); // not appointed, nothing assigned (see GuidedIncidentTests)
		assertThat(body(get("/casework/incidents").with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null))))
			.doesNotContain("incident-" + id + "\"");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'INCIDENT_READ' "
					+ "and object_id = ? and outcome = 'SUCCESS'", Long.class, String.valueOf(id)) >= 3);
	}

	@Test
	void theDistrictOfficersAreNotifiedWithALinkAndNothingOfTheIncident() throws Exception {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		Reporter unit = unitOf(XICHENG);
		String description = "客户名单被合作方泄露" + unique();
		long id = report(unit, description);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link = ?",
					Long.class, officer.getId(), "/casework/incidents/" + id) == 1);
		String stored = jdbc.queryForObject("select message_key || ' ' || message_args from notification "
				+ "where recipient_id = ? and link = ?", String.class, officer.getId(), "/casework/incidents/" + id);
		assertThat(stored).contains("LEAK_INCIDENT_REPORTED").doesNotContain(description, unit.unitName());
	}

	@Test
	void theResponseTimeRunsFromTheReportToTheFirstContactAndTheMedianIsShownPerDistrict() throws Exception {
		Instant reportedAt = Instant.parse("2026-03-02T01:00:00Z");
		clock.setTo(reportedAt);
		Reporter unit = unitOf(XICHENG);
		long id = report(unit, "服务器遭入侵" + unique());
		clock.setTo(reportedAt.plus(Duration.ofMinutes(100)));
		RequestPostProcessor officer = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);
		mvc.perform(post("/casework/incidents/{id}/response", id).with(csrf()).with(officer)
			.param("firstContact", LocalDateTime.ofInstant(reportedAt.plus(Duration.ofMinutes(90)), BEIJING).toString())
			.param("measures", "电话联系企业法务，指导固定证据")
			.param("referral", "ENFORCEMENT")
			.param("version", String.valueOf(version("leak_incident", id)))).andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForObject("select response_minutes from leak_incident where id = ?", Long.class, id))
			.isEqualTo(90);
		assertThat(body(get("/casework/incidents").with(officer))).contains("90 分钟");
		assertThat(casework.incidents(2026, new DataScope(DataScope.Kind.UNIT, null, unit.unitId())))
			.singleElement()
			.satisfies(f -> assertThat(f.responseMinutes()).isEqualTo(90));
		assertThat(casework.responseTimes(2026, new DataScope(DataScope.Kind.DISTRICT, XICHENG, null)))
			.singleElement()
			.satisfies(r -> assertThat(r.medianMinutes()).isNotNull());
	}

	@Test
	void aFirstContactBeforeTheReportIsRefusedAndAnIncidentClosesOnlyAfterContact() throws Exception {
		Reporter unit = unitOf(XICHENG);
		long id = report(unit, "涉密U盘遗失" + unique());
		RequestPostProcessor officer = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);
		mvc.perform(post("/casework/incidents/{id}/close", id).with(csrf()).with(officer)
			.param("outcome", "已结案")
			.param("version", String.valueOf(version("leak_incident", id)))).andExpect(status().isConflict());
		mvc.perform(post("/casework/incidents/{id}/response", id).with(csrf()).with(officer)
			.param("firstContact", "2020-01-01T09:00")
			.param("measures", "电话联系")
			.param("referral", "NONE")
			.param("version", String.valueOf(version("leak_incident", id)))).andExpect(status().isConflict());
		mvc.perform(post("/casework/incidents/{id}/case", id).with(csrf()).with(unit.principal()))
			.andExpect(status().isConflict());
		mvc.perform(post("/casework/incidents/{id}/response", id).with(csrf())
			.with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null))
			.param("firstContact", LocalDateTime.now(BEIJING).withSecond(0).withNano(0).toString())
			.param("measures", "电话联系")
			.param("referral", "NONE")
			.param("version", String.valueOf(version("leak_incident", id)))).andExpect(status().isNotFound());
	}

	@Test
	void aClosedIncidentBecomesAReviewedCaseThatReachesThePublicLibraryWithoutAnyMaskedValue() throws Exception {
		Reporter unit = unitOf(XICHENG);
		long incident = report(unit, "技术骨干离职后泄露工艺参数" + unique());
		RequestPostProcessor officer = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);
		mvc.perform(post("/casework/incidents/{id}/response", incident).with(csrf()).with(officer)
			.param("firstContact", LocalDateTime.ofInstant(clock.instant(), BEIJING).withSecond(0).withNano(0).toString())
			.param("measures", "上门指导")
			.param("referral", "POLICE")
			.param("version", String.valueOf(version("leak_incident", incident)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/casework/incidents/{id}/close", incident).with(csrf()).with(officer)
			.param("outcome", "公安机关已立案")
			.param("version", String.valueOf(version("leak_incident", incident)))).andExpect(status().is3xxRedirection());
		String edit = mvc.perform(post("/casework/incidents/{id}/case", incident).with(csrf()).with(unit.principal()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long caseId = Long.parseLong(edit.replaceAll("\\D+(\\d+)/edit", "$1"));
		mvc.perform(post("/casework/incidents/{id}/case", incident).with(csrf()).with(unit.principal()))
			.andExpect(status().isConflict());
		// the incident links to the case only for those who may open it: the unit's draft is not the district's yet
		assertThat(body(get("/casework/incidents/{id}", incident).with(unit.principal())))
			.contains("id=\"proposedCase\"").doesNotContain("id=\"proposedCaseOnly\"");
		assertThat(body(get("/casework/incidents/{id}", incident).with(officer)))
			.contains("id=\"proposedCaseOnly\"").contains("该案例不在您的查看范围内").doesNotContain("id=\"proposedCase\"");

		String person = "王建" + "国";
		String phone = "139" + "1234" + "5678";
		String idNumber = "110105198803154518";
		String other = "北京星河" + unique() + "科技有限公司";
		String facts = "2025年8月，" + unit.unitName() + "发现其工程师" + person + "离职后加入" + other + "，并将工艺参数带走。"
				+ person + "使用手机" + phone + "与对方联系，其身份证号为" + idNumber + "，住北京市西城区月坛北街12号3号楼201室。";
		String[] masked = { person, phone, idNumber, other, unit.unitName(), "月坛北街12号" };
		mvc.perform(post("/casework/cases/{id}", caseId).with(csrf()).with(unit.principal())
			.param("year", "2026")
			.param("secretKind", "TECHNICAL")
			.param("industryCode", "SOFTWARE_IT")
			.param("infringementForm", "DEPARTING_STAFF")
			.param("rightsHolder", unit.unitName())
			.param("industryWord", "")
			.param("persons", "")
			.param("maskCompanies", "true")
			.param("title", unit.unitName() + "工艺参数泄露案")
			.param("facts", facts)
			.param("handling", "区局指导企业固定证据，" + person + "被依法追究刑事责任。")
			.param("significance", "企业应加强离职人员保密管理。")
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());

		String casePage = body(get("/casework/cases/{id}", caseId).with(unit.principal()));
		assertThat(casePage).contains(facts).doesNotContain("id=\"survivors\"");

		// an author who pastes a masked value back into the public version cannot submit
		long version = version("typical_case", caseId);
		jdbc.update("update typical_case set public_handling = ? where id = ?", person + "被判刑", caseId);
		mvc.perform(post("/casework/cases/{id}/submit", caseId).with(csrf()).with(unit.principal())
			.param("version", String.valueOf(version))).andExpect(status().isBadRequest());
		mvc.perform(post("/casework/cases/{id}/desensitise", caseId).with(csrf()).with(unit.principal())
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());

		mvc.perform(post("/casework/cases/{id}/submit", caseId).with(csrf()).with(unit.principal())
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/casework/cases/{id}", caseId).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null)))
			.andExpect(status().isNotFound());
		assertThat(body(get("/casework/incidents/{id}", incident).with(officer))).contains("id=\"proposedCase\"");
		mvc.perform(post("/casework/cases/{id}/approve", caseId).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().isNotFound());
		mvc.perform(post("/casework/cases/{id}/approve", caseId).with(csrf()).with(officer)
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/casework/cases/{id}/approve", caseId).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());

		String list = body(get("/public/cases").param("q", "工艺参数"));
		String detail = body(get("/public/cases/{id}", caseId));
		String cachedDetail = body(get("/public/cases/{id}", caseId));
		String api = body(get("/api/v1/public/cases"));
		String apiDetail = body(get("/api/v1/public/cases/{id}", caseId));
		assertThat(list).contains("public-case-" + caseId);
		assertThat(detail).contains("工艺参数").contains("王某");
		for (String page : List.of(list, detail, cachedDetail, api, apiDetail)) {
			assertThat(page).doesNotContain(masked);
		}
		assertThat(casework.publishedCases(2026, XICHENG)).anyMatch(c -> c.caseId() == caseId);
	}

	@Test
	void aRejectedCaseGoesBackToItsAuthorWithTheReason() throws Exception {
		RequestPostProcessor officer = Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null);
		String location = mvc.perform(post("/casework/cases").with(csrf()).with(officer)
			.param("year", "2026")
			.param("secretKind", "BUSINESS")
			.param("industryCode", "SOFTWARE_IT")
			.param("infringementForm", "INSIDER_COLLUSION")
			.param("rightsHolder", "北京某某信息有限公司")
			.param("maskCompanies", "true")
			.param("title", "客户名单泄露案" + unique())
			.param("facts", "销售经理赵明与外部人员勾结，出售客户名单。")
			.param("handling", "区局依据《反不正当竞争法》第二十一条作出行政处罚。")
			.param("significance", "内外勾结须防范。"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long caseId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select public_facts from typical_case where id = ?", String.class, caseId))
			.contains("赵某")
			.doesNotContain("赵明");
		mvc.perform(post("/casework/cases/{id}/submit", caseId).with(csrf()).with(officer)
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/casework/cases/{id}/reject", caseId).with(csrf()).with(officer)
			.param("reason", "")
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().isOk());
		mvc.perform(post("/casework/cases/{id}/reject", caseId).with(csrf()).with(officer)
			.param("reason", "公开版仍可识别行业内企业")
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());
		assertThat(body(get("/casework/cases/{id}", caseId).with(officer))).contains("公开版仍可识别行业内企业");
		mvc.perform(get("/public/cases/{id}", caseId)).andExpect(status().isNotFound());
	}

	@Test
	void theApiTakesIncidentEvidenceFromTheUnitAndItsDistrictWithThePagesChecks() throws Exception {
		Reporter unit = unitOf(XICHENG);
		long incident = report(unit, "接口上传证据的事件" + unique());
		String url = "/api/v1/incidents/" + incident + "/evidence";
		RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

		mvc.perform(multipart(url).file(pdf("离职交接单.pdf")).with(unit.principal()).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.originalName").value("离职交接单.pdf"));
		mvc.perform(multipart(url).file(pdf("区局调查笔录.pdf")).with(district).with(csrf()))
			.andExpect(status().isCreated());
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "伪装.pdf", "application/pdf",
				"not a pdf".getBytes())).servletPath(url).with(unit.principal()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		mvc.perform(multipart(url).file(pdf("别区的.pdf")).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(multipart(url).file(pdf("市局的.pdf")).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.with(csrf())).andExpect(status().isForbidden());

		mvc.perform(get(url).with(unit.principal())).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get(url).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isOk());
		mvc.perform(get(url).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null)))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'leak-incident' "
				+ "and owner_id = ?", Long.class, incident)).isEqualTo(2);
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", SampleFiles.pdf(name));
	}
}
