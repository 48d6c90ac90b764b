package cn.tsbase.guidance;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The guidance visit JSON write API takes the pages' steps with the same checks: the officer records a visit of a
 * unit assigned to them (a unit not assigned to them is 400 as on the page, a recommendation without a due day 400), the unit confirms it
 * once (again: 409) and reports a recommendation done, the officer reopens it (a note is required) and closes it. A
 * stale version is 409; every step is audited.
 */
@IntegrationTest
class VisitWriteApiTests {

	static final String XICHENG = "110102";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	UnitFixtures units;

	private final JsonMapper json = JsonMapper.builder().build();

	private final RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	private MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request, RequestPostProcessor who,
			Object body) {
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
	void aVisitIsRecordedConfirmedAndItsRecommendationFollowedUpToClosureThroughTheApi() throws Exception {
		TestAccount account = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		mvc.perform(post("/guidance/officers").with(district)
			.with(csrf())
			.param("accountId", String.valueOf(account.getId()))
			.param("expertise", "保密体系建设")
			.param("phone", "13812345678")
			.param("email", "guide@example.com")).andExpect(status().is3xxRedirection());
		long officerId = jdbc.queryForObject("select id from guidance_officer where account_id = ?", Long.class,
				account.getId());
		String marker = UUID.randomUUID().toString().substring(0, 6);
		var registered = units.register("北京" + marker + "智能装备有限公司", XICHENG);
		long unitId = registered.unit().getId();
		long notAssigned = units.register("北京" + marker + "未分配有限公司", XICHENG).unit().getId();
		mvc.perform(post("/guidance/officers/{id}/units", officerId).with(district)
			.with(csrf())
			.param("uscc", registered.unit().getUscc())).andExpect(status().is3xxRedirection());
		RequestPostProcessor guide = Principals.as(account);
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, XICHENG, unitId);

		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		Map<String, Object> visit = new LinkedHashMap<>();
		visit.put("unitId", unitId);
		visit.put("visitedOn", today);
		visit.put("mode", "ON_SITE");
		visit.put("participants", "法务部张经理");
		visit.put("topics", List.of("RISK_ASSESSMENT"));
		visit.put("checked", List.of("LEDGERS"));
		visit.put("findings", "台账未按季度更新" + marker);
		visit.put("recommendations", List.of(Map.of("text", "补齐季度台账")));
		mvc.perform(send(post("/api/v1/guidance-visits"), guide, visit)).andExpect(status().isBadRequest());
		visit.put("recommendations", List.of(Map.of("text", "补齐季度台账", "dueOn", "2099-01-31")));
		visit.put("unitId", notAssigned);
		mvc.perform(send(post("/api/v1/guidance-visits"), guide, visit)).andExpect(status().isBadRequest());
		visit.put("unitId", unitId);
		String created = mvc.perform(send(post("/api/v1/guidance-visits"), guide, visit))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/guidance-visits/")))
			.andExpect(jsonPath("$.visit.status").value("RECORDED"))
			.andExpect(jsonPath("$.followUps.length()").value(1))
			.andReturn().getResponse().getContentAsString();
		long visitId = ((Number) JsonPath.read(created, "$.visit.id")).longValue();
		long followUpId = ((Number) JsonPath.read(created, "$.followUps[0].id")).longValue();

		long stale = version("guidance_visit", visitId);
		mvc.perform(send(post("/api/v1/guidance-visits/{id}/confirm", visitId), unit, Map.of("version", stale)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.status").value("CONFIRMED"));
		mvc.perform(send(post("/api/v1/guidance-visits/{id}/comment", visitId), unit,
				Map.of("comment", "补充说明", "version", version("guidance_visit", visitId))))
			.andExpect(status().isConflict());
		mvc.perform(send(post("/api/v1/guidance-visits/{id}/confirm", visitId), unit, Map.of("version", stale)))
			.andExpect(status().isConflict());
		mvc.perform(send(post("/api/v1/guidance-visits/{id}/confirm", visitId),
				Principals.role(Role.APPLICANT, XICHENG, notAssigned), Map.of("version", stale)))
			.andExpect(status().isNotFound());

		mvc.perform(send(post("/api/v1/guidance-follow-ups/{id}/report", followUpId), unit,
				Map.of("report", "已补齐台账", "version", version("guidance_follow_up", followUpId))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUps[0].status").value("REPORTED"));
		mvc.perform(send(post("/api/v1/guidance-follow-ups/{id}/reopen", followUpId), guide,
				Map.of("version", version("guidance_follow_up", followUpId))))
			.andExpect(status().isBadRequest());
		mvc.perform(send(post("/api/v1/guidance-follow-ups/{id}/reopen", followUpId), guide,
				Map.of("note", "缺少第三季度", "version", version("guidance_follow_up", followUpId))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUps[0].status").value("OPEN"));
		mvc.perform(send(post("/api/v1/guidance-follow-ups/{id}/close", followUpId), guide,
				Map.of("note", "现场核实已补齐", "version", version("guidance_follow_up", followUpId))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUps[0].status").value("CLOSED"));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from audit_entry where object_id = ? and event in "
					+ "('GUIDANCE_VISIT_RECORDED', 'GUIDANCE_VISIT_CONFIRMED')", String.valueOf(visitId)) == 2
					&& count("select count(*) from audit_entry where object_id = ? and event in "
							+ "('FOLLOW_UP_REPORTED', 'FOLLOW_UP_REOPENED', 'FOLLOW_UP_CLOSED')",
							String.valueOf(followUpId)) == 3);
	}
}
