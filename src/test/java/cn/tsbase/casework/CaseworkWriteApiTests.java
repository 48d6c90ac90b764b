package cn.tsbase.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The casework JSON write API takes the pages' steps with the same checks: a unit reports an incident, its district
 * answers and closes it (a stale version is 409, another district 404, a step out of order 409, a malformed body 400),
 * the unit proposes it as a case, writes and submits it; the district approves and the bureau rejects it with a
 * reason. Every step is audited.
 */
@IntegrationTest
class CaseworkWriteApiTests {

	static final String XICHENG = "110102";

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	MutableClock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	private final RequestPostProcessor otherDistrict = Principals.role(Role.DISTRICT_OFFICER, "110108", null);

	private final RequestPostProcessor bureau = Principals.role(Role.MUNICIPAL_OFFICER, null, null);

	private MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request, RequestPostProcessor who,
			Object body) throws Exception {
		return request.with(csrf()).with(who).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body));
	}

	private long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void anIncidentIsReportedAnsweredClosedAndProposedAndItsCaseReviewedThroughTheApi() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String unitName = "北京" + marker + "新材料有限公司";
		long unitId = units.register(unitName, XICHENG).unit().getId();
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, XICHENG, unitId);

		var report = new java.util.LinkedHashMap<String, Object>();
		report.put("discoveredOn", "2026-03-01");
		report.put("origin", "INTERNAL");
		report.put("intent", "MALICIOUS");
		report.put("secretCategory", "TECHNICAL");
		report.put("channel", "DEPARTING_STAFF");
		report.put("description", unitName + "工程师李明华离职前拷贝配方，联系电话13712345678。");
		report.put("estimatedLoss", 200);
		report.put("helpWanted", true);
		report.put("remedy", "ADMINISTRATIVE");
		mvc.perform(send(post("/api/v1/incidents"), unit, java.util.Map.of("description", "缺少其余字段")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("discoveredOn", "origin", "remedy")));
		String created = mvc.perform(send(post("/api/v1/incidents"), unit, report))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/incidents/")))
			.andExpect(jsonPath("$.status").value("REPORTED"))
			.andReturn().getResponse().getContentAsString();
		long incident = ((Number) JsonPath.read(created, "$.id")).longValue();

		var closing = java.util.Map.of("outcome", "区局已立案", "version", version("leak_incident", incident));
		mvc.perform(send(post("/api/v1/incidents/{id}/close", incident), district, closing))
			.andExpect(status().isConflict());
		var response = java.util.Map.of("firstContact",
				LocalDateTime.ofInstant(clock.instant(), BEIJING).withSecond(0).withNano(0).toString(), "measures",
				"电话联系企业法务", "referral", "ENFORCEMENT", "version", version("leak_incident", incident));
		mvc.perform(send(post("/api/v1/incidents/{id}/response", incident), otherDistrict, response))
			.andExpect(status().isNotFound());
		mvc.perform(send(post("/api/v1/incidents/{id}/response", incident), district, response))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESPONDING"))
			.andExpect(jsonPath("$.responseMinutes").isNumber());
		mvc.perform(send(post("/api/v1/incidents/{id}/response", incident), district, response))
			.andExpect(status().isConflict());
		mvc.perform(send(post("/api/v1/incidents/{id}/close", incident), district,
				java.util.Map.of("outcome", "区局已立案", "version", version("leak_incident", incident))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));

		String proposed = mvc.perform(post("/api/v1/incidents/{id}/case", incident).with(csrf()).with(unit))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.incidentId").value(incident))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		long caseId = ((Number) JsonPath.read(proposed, "$.id")).longValue();
		assertThat((String) JsonPath.read(proposed, "$.publicFacts")).doesNotContain(unitName, "李明华", "13712345678");
		mvc.perform(post("/api/v1/incidents/{id}/case", incident).with(csrf()).with(unit))
			.andExpect(status().isConflict());

		var caseBody = new java.util.LinkedHashMap<String, Object>();
		caseBody.put("year", 2026);
		caseBody.put("secretKind", "TECHNICAL");
		caseBody.put("industryCode", "NO_SUCH_INDUSTRY");
		caseBody.put("infringementForm", "DEPARTING_STAFF");
		caseBody.put("rightsHolder", unitName);
		caseBody.put("maskCompanies", true);
		caseBody.put("title", "离职工程师拷贝配方案" + marker);
		caseBody.put("facts", unitName + "工程师李明华离职前拷贝配方。");
		caseBody.put("handling", "区局立案查处。");
		caseBody.put("significance", "离职交接须清点介质。");
		caseBody.put("version", version("typical_case", caseId));
		mvc.perform(send(put("/api/v1/cases/{id}", caseId), unit, caseBody))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("industryCode"))
			.andExpect(jsonPath("$.errors[0].message").value("请选择有效的行业。"));
		caseBody.put("industryCode", "SOFTWARE_IT");
		var withoutVersion = new java.util.LinkedHashMap<>(caseBody);
		withoutVersion.remove("version");
		mvc.perform(send(put("/api/v1/cases/{id}", caseId), unit, withoutVersion))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(send(put("/api/v1/cases/{id}", caseId), unit, caseBody))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("离职工程师拷贝配方案" + marker))
			.andExpect(jsonPath("$.publicFacts").value(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("李明华"))));
		// the body still holds the version before the change: refused
		mvc.perform(send(put("/api/v1/cases/{id}", caseId), unit, caseBody)).andExpect(status().isConflict());

		mvc.perform(send(post("/api/v1/cases/{id}/submit", caseId), unit,
				java.util.Map.of("version", version("typical_case", caseId))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(send(post("/api/v1/cases/{id}/approve", caseId), bureau,
				java.util.Map.of("version", version("typical_case", caseId))))
			.andExpect(status().isNotFound());
		mvc.perform(send(post("/api/v1/cases/{id}/approve", caseId), district,
				java.util.Map.of("version", version("typical_case", caseId))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISTRICT_APPROVED"));
		mvc.perform(send(post("/api/v1/cases/{id}/reject", caseId), bureau,
				java.util.Map.of("reason", " ", "version", version("typical_case", caseId))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(send(post("/api/v1/cases/{id}/reject", caseId), bureau,
				java.util.Map.of("reason", "典型意义不足", "version", version("typical_case", caseId))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.rejectionReason").value("典型意义不足"));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from audit_entry where object_id = ? and event in "
					+ "('INCIDENT_REPORTED', 'INCIDENT_RESPONDED', 'INCIDENT_CLOSED')", String.valueOf(incident)) == 3
					&& count("select count(*) from audit_entry where object_id = ? and event in "
							+ "('CASE_PROPOSED_FROM_INCIDENT', 'CASE_CHANGED', 'CASE_SUBMITTED', "
							+ "'CASE_APPROVED_BY_DISTRICT', 'CASE_REJECTED')", String.valueOf(caseId)) == 5);
	}

	@Test
	void aCaseIsWrittenFromScratchThroughTheApiAndAStepOutOfTurnIsRefused() throws Exception {
		var caseBody = new java.util.LinkedHashMap<String, Object>();
		caseBody.put("year", 2026);
		caseBody.put("secretKind", "BUSINESS");
		caseBody.put("industryCode", "SOFTWARE_IT");
		caseBody.put("infringementForm", "THIRD_PARTY");
		caseBody.put("title", "合作方泄露报价单案");
		caseBody.put("facts", "合作方员工张志强将报价单发给竞争对手。");
		caseBody.put("handling", "调解结案。");
		caseBody.put("significance", "合作协议须约定保密义务。");
		String created = mvc.perform(send(post("/api/v1/cases"), district, caseBody))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.authorKind").value("DISTRICT"))
			.andExpect(jsonPath("$.publicFacts").value(org.hamcrest.Matchers.containsString("张某")))
			.andReturn().getResponse().getContentAsString();
		long caseId = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(send(post("/api/v1/cases/{id}/approve", caseId), district,
				java.util.Map.of("version", version("typical_case", caseId))))
			.andExpect(status().isConflict());
		mvc.perform(send(post("/api/v1/cases/{id}/submit", caseId), district, java.util.Map.of()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from audit_entry where object_id = ? and event = 'CASE_CREATED'",
					String.valueOf(caseId)) == 1);
	}
}
