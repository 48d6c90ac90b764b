package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.guidance.internal.QuestionView;
import cn.tsbase.guidance.internal.QuestionnaireView;
import cn.tsbase.guidance.internal.Questionnaires;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The JSON write API of guidance requests, guidance officers, the cultivation pool and self-assessments takes the
 * pages' steps with the same checks: a unit asks, the district assigns to its officer (another district's officer
 * 400, a stale version 409, another district 404); the district appoints, assigns a base and a unit (twice: 409) and
 * ends an assignment; it adds a unit to the pool, changes its notes and officer, takes it out; a unit answers every
 * question (400 otherwise), shares its result and the district pools the unit. Every step is audited.
 */
@IntegrationTest
class GuidanceWriteApiTests {

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
	Questionnaires questionnaires;

	GuidanceFixtures fixtures;

	private final JsonMapper json = JsonMapper.builder().build();

	private final RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	private final RequestPostProcessor haidian = Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null);

	@BeforeEach
	void fixtures() {
		fixtures = new GuidanceFixtures(units, events, transactions, jdbc);
	}

	private MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request, RequestPostProcessor who,
			Object body) {
		return request.with(csrf()).with(who).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body));
	}

	private long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private long audited(String event, long id) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(id));
	}

	private long appoint(TestAccount account) throws Exception {
		String body = mvc.perform(send(post("/api/v1/guidance-officers"), district, Map.of("accountId",
				account.getId(), "expertise", "保密体系建设", "phone", "13812345678", "email", "guide@example.com")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/guidance-officers/")))
			.andExpect(jsonPath("$.officer.expertise").value("保密体系建设"))
			.andExpect(jsonPath("$.officer.phone").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.officer.id")).longValue();
	}

	@Test
	void theDistrictAppointsAnOfficerAssignsABaseAndAUnitEndsAnAssignmentAndAssignsARequestThroughTheApi()
			throws Exception {
		TestAccount account = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		mvc.perform(send(post("/api/v1/guidance-officers"), district, Map.of("accountId", account.getId(),
				"expertise", "")))
			.andExpect(status().isBadRequest());
		mvc.perform(send(post("/api/v1/guidance-officers"), haidian, Map.of("accountId", account.getId(),
				"expertise", "保密体系建设")))
			.andExpect(status().isBadRequest());
		long officerId = appoint(account);
		String marker = UUID.randomUUID().toString().substring(0, 6);
		var base = fixtures.base("北京" + marker + "示范基地有限公司", XICHENG);
		var unit = units.register("北京" + marker + "培育单位有限公司", XICHENG).unit();

		mvc.perform(send(post("/api/v1/guidance-officers/{id}/bases", officerId), district,
				Map.of("baseId", base.baseId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[?(@.unitId == " + base.unitId() + ")].validTo",
					Matchers.contains((Object) null)));
		mvc.perform(send(post("/api/v1/guidance-officers/{id}/bases", officerId), district,
				Map.of("baseId", base.baseId())))
			.andExpect(status().isConflict());
		mvc.perform(send(post("/api/v1/guidance-officers/{id}/units", officerId), haidian,
				Map.of("uscc", unit.getUscc())))
			.andExpect(status().isNotFound());
		String assigned = mvc.perform(send(post("/api/v1/guidance-officers/{id}/units", officerId), district,
				Map.of("uscc", unit.getUscc())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(assigned, "$.assignments[?(@.unitId == " + unit.getId() + ")].id");
		long assignmentId = ids.get(0).longValue();
		long stale = version("guidance_assignment", assignmentId);
		mvc.perform(send(post("/api/v1/guidance-officers/{id}/assignments/{a}/end", officerId, assignmentId),
				district, Map.of("version", stale + 1)))
			.andExpect(status().isConflict());
		mvc.perform(send(post("/api/v1/guidance-officers/{id}/assignments/{a}/end", officerId, assignmentId),
				district, Map.of("version", stale)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[?(@.id == " + assignmentId + ")].validTo").isNotEmpty());

		RequestPostProcessor baseUnit = Principals.role(Role.APPLICANT, XICHENG, base.unitId());
		mvc.perform(send(post("/api/v1/guidance-requests"), baseUnit, Map.of("topics", List.of("NO_SUCH_TOPIC"),
				"mode", "ONLINE", "description", "请协助建立保密制度")))
			.andExpect(status().isBadRequest());
		mvc.perform(send(post("/api/v1/guidance-requests"), district, Map.of("topics", List.of("RISK_ASSESSMENT"),
				"mode", "ONLINE", "description", "区局不能申请")))
			.andExpect(status().isForbidden());
		String created = mvc.perform(send(post("/api/v1/guidance-requests"), baseUnit,
				Map.of("topics", List.of("RISK_ASSESSMENT"), "mode", "ONLINE", "description", "请协助风险评估" + marker)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/guidance-requests/")))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn().getResponse().getContentAsString();
		long requestId = ((Number) JsonPath.read(created, "$.id")).longValue();

		long requestVersion = version("guidance_request", requestId);
		Map<String, Object> assignment = new LinkedHashMap<>();
		assignment.put("officerId", officerId);
		assignment.put("plannedOn", "2099-03-01");
		assignment.put("version", requestVersion);
		mvc.perform(send(post("/api/v1/guidance-requests/{id}/assign", requestId), haidian, assignment))
			.andExpect(status().isNotFound());
		assignment.put("plannedOn", null);
		mvc.perform(send(post("/api/v1/guidance-requests/{id}/assign", requestId), district, assignment))
			.andExpect(status().isBadRequest());
		assignment.put("plannedOn", "2099-03-01");
		assignment.put("version", requestVersion + 1);
		mvc.perform(send(post("/api/v1/guidance-requests/{id}/assign", requestId), district, assignment))
			.andExpect(status().isConflict());
		assignment.put("version", requestVersion);
		mvc.perform(send(post("/api/v1/guidance-requests/{id}/assign", requestId), district, assignment))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.officerId").value(officerId))
			.andExpect(jsonPath("$.plannedOn").value("2099-03-01"));
		mvc.perform(get("/api/v1/guidance-requests/{id}", requestId).with(baseUnit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.officerName").isNotEmpty());
		mvc.perform(get("/api/v1/guidance-requests/{id}", requestId)
			.with(Principals.role(Role.APPLICANT, XICHENG, unit.getId()))).andExpect(status().isNotFound());

		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("GUIDANCE_OFFICER_APPOINTED", officerId) == 1
					&& audited("GUIDANCE_ASSIGNED", officerId) == 2
					&& audited("GUIDANCE_ASSIGNMENT_ENDED", officerId) == 1
					&& audited("GUIDANCE_REQUESTED", requestId) == 1
					&& audited("GUIDANCE_REQUEST_ASSIGNED", requestId) == 1);
	}

	@Test
	void theDistrictAddsAUnitToItsPoolChangesItsNotesAndOfficerAndTakesItOutThroughTheApi() throws Exception {
		long officerId = appoint(accounts.official(Role.GUIDANCE_OFFICER, XICHENG));
		String marker = UUID.randomUUID().toString().substring(0, 6);
		var unit = units.register("北京" + marker + "培育库有限公司", XICHENG).unit();
		mvc.perform(send(post("/api/v1/cultivation-pool"), district, Map.of("uscc", "123", "reason", "基础较好")))
			.andExpect(status().isBadRequest());
		mvc.perform(send(post("/api/v1/cultivation-pool"), haidian, Map.of("uscc", unit.getUscc(), "reason",
				"基础较好")))
			.andExpect(status().isBadRequest());
		String created = mvc.perform(send(post("/api/v1/cultivation-pool"), district,
				Map.of("uscc", unit.getUscc(), "reason", "基础较好", "notes", "园区推荐")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/cultivation-pool/")))
			.andExpect(jsonPath("$.unitId").value(unit.getId()))
			.andExpect(jsonPath("$.notes").value("园区推荐"))
			.andReturn().getResponse().getContentAsString();
		long entryId = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(send(post("/api/v1/cultivation-pool"), district, Map.of("uscc", unit.getUscc(), "reason", "再次")))
			.andExpect(status().isConflict());
		String unregistered = UsccFixtures.random(XICHENG);
		mvc.perform(send(post("/api/v1/cultivation-pool"), district, Map.of("uscc", unregistered, "reason", "基础较好")))
			.andExpect(status().isBadRequest());

		Map<String, Object> update = new HashMap<>();
		update.put("notes", "已安排指导员");
		update.put("officerId", officerId);
		update.put("version", version("cultivation_entry", entryId));
		mvc.perform(send(put("/api/v1/cultivation-pool/{id}", entryId), haidian, update))
			.andExpect(status().isNotFound());
		mvc.perform(send(put("/api/v1/cultivation-pool/{id}", entryId), district, update))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notes").value("已安排指导员"))
			.andExpect(jsonPath("$.officerName").isNotEmpty());
		assertThat(jdbc.queryForObject("select count(*) from guidance_assignment where unit_id = ? and officer_id = ?"
				+ " and valid_to is null", Long.class, unit.getId(), officerId)).isEqualTo(1);
		mvc.perform(send(put("/api/v1/cultivation-pool/{id}", entryId), district, update))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/cultivation-pool/{id}", entryId).with(haidian)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cultivation-pool/{id}", entryId).with(district))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.uscc").value(unit.getUscc()));

		mvc.perform(send(post("/api/v1/cultivation-pool/invitations"), district, Map.of("callId", 970_999_999L)))
			.andExpect(status().isBadRequest());

		long current = version("cultivation_entry", entryId);
		mvc.perform(delete("/api/v1/cultivation-pool/{id}", entryId).param("version", String.valueOf(current + 1))
			.with(csrf())
			.with(district)).andExpect(status().isConflict());
		mvc.perform(delete("/api/v1/cultivation-pool/{id}", entryId).param("version", String.valueOf(current))
			.with(csrf())
			.with(haidian)).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/cultivation-pool/{id}", entryId).param("version", String.valueOf(current))
			.with(csrf())
			.with(district)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/cultivation-pool/{id}", entryId).with(district)).andExpect(status().isNotFound());

		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("CULTIVATION_UNIT_ADDED", entryId) == 1
					&& audited("CULTIVATION_ENTRY_UPDATED", entryId) == 1
					&& audited("CULTIVATION_UNIT_REMOVED", entryId) == 1);
	}

	@Test
	void aUnitTakesAndSharesASelfAssessmentAndTheDistrictPoolsItThroughTheApi() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		var unit = units.register("北京" + marker + "自评有限公司", XICHENG).unit();
		RequestPostProcessor applicant = Principals.role(Role.APPLICANT, XICHENG, unit.getId());
		QuestionnaireView questionnaire = questionnaires.current();
		Map<String, Object> answers = new HashMap<>();
		for (QuestionView question : questionnaire.questions().subList(1, questionnaire.questions().size())) {
			answers.put(String.valueOf(question.id()), question.options().get(0).id());
		}
		mvc.perform(send(post("/api/v1/self-assessments").servletPath("/api/v1/self-assessments"), applicant,
				Map.of("questionnaireId", questionnaire.id(), "answers", answers)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", Matchers.containsString("第 1 题")));
		QuestionView first = questionnaire.questions().get(0);
		answers.put(String.valueOf(first.id()), first.options().get(0).id());
		String created = mvc.perform(send(post("/api/v1/self-assessments"), applicant,
				Map.of("questionnaireId", questionnaire.id(), "answers", answers)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/self-assessments/")))
			.andExpect(jsonPath("$.unitId").value(unit.getId()))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		mvc.perform(send(post("/api/v1/self-assessments/{id}/pool", id), district, Map.of("reason", "基础较好")))
			.andExpect(status().isNotFound());
		long stale = version("self_assessment", id);
		mvc.perform(send(post("/api/v1/self-assessments/{id}/share", id), applicant, Map.of("version", stale + 1)))
			.andExpect(status().isConflict());
		mvc.perform(send(post("/api/v1/self-assessments/{id}/share", id),
				Principals.role(Role.APPLICANT, XICHENG, unit.getId() + 1_000_000), Map.of("version", stale)))
			.andExpect(status().isNotFound());
		mvc.perform(send(post("/api/v1/self-assessments/{id}/share", id), applicant, Map.of("version", stale)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sharedAt").isNotEmpty());
		mvc.perform(send(post("/api/v1/self-assessments/{id}/pool", id), district, Map.of("reason", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		String pooled = mvc.perform(send(post("/api/v1/self-assessments/{id}/pool", id), district,
				Map.of("reason", "自评基础较好")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long entryId = ((Number) JsonPath.read(pooled, "$.entryId")).longValue();
		assertThat(jdbc.queryForObject("select unit_id from cultivation_entry where id = ?", Long.class, entryId))
			.isEqualTo(unit.getId());
		mvc.perform(send(post("/api/v1/self-assessments/{id}/unshare", id), applicant,
				Map.of("version", version("self_assessment", id))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shared").value(false));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("SELF_ASSESSMENT_SUBMITTED", id) == 1 && audited("SELF_ASSESSMENT_SHARED", id) == 1
					&& audited("SELF_ASSESSMENT_UNSHARED", id) == 1);
	}
}
