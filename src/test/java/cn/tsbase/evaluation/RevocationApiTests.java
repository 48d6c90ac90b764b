package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * The revocation procedure through the JSON API: the bureau proposes (a second proposal 409, bad input 400, other
 * roles 403), cannot decide before the unit's response, the unit responds (another unit 404, a stale version 409),
 * the bureau revokes under a document number and the base's title ends; a second procedure is dropped; every step
 * audited.
 */
@IntegrationTest
class RevocationApiTests {

	static final String CHAOYANG = "110105";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvaluationFixtures fixtures;

	static RequestPostProcessor municipal() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	static RequestPostProcessor unit(EvaluationFixtures.Designated base) {
		return Principals.role(Role.APPLICANT, base.district(), base.unitId());
	}

	long version(long id) {
		return jdbc.queryForObject("select version from revocation where id = ?", Long.class, id);
	}

	long audited(String event, long id) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(id));
	}

	ResultActions send(String path, String json, RequestPostProcessor user) throws Exception {
		return mvc.perform(post("/api/v1/revocations" + path).with(user)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void theBureauProposesTheUnitRespondsAndTheBureauRevokesThroughTheApi() throws Exception {
		EvaluationFixtures.Designated base = fixtures.designate("摘牌接口测试公司", CHAOYANG, BaseType.POINT,
				EvaluationFixtures.nextDate());
		EvaluationFixtures.Designated other = fixtures.designate("摘牌接口他公司", CHAOYANG, BaseType.POINT,
				EvaluationFixtures.nextDate());
		String proposal = "{\"baseId\":" + base.baseId() + ",\"grounds\":\"发生重大泄密事件\",\"responseDays\":5}";

		// only the bureau proposes, with grounds
		send("", proposal, Principals.role(Role.DISTRICT_OFFICER, CHAOYANG, null)).andExpect(status().isForbidden());
		send("", proposal, unit(base)).andExpect(status().isForbidden());
		send("", "{\"baseId\":" + base.baseId() + ",\"grounds\":\" \"}", municipal()).andExpect(status().isBadRequest());
		send("", "{\"baseId\":987654321,\"grounds\":\"无此基地\"}", municipal()).andExpect(status().isNotFound());
		String body = send("", proposal, municipal()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.grounds").value("发生重大泄密事件"))
			.andExpect(jsonPath("$.respondable").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = jdbc.queryForObject("select id from revocation where base_id = ?", Long.class, base.baseId());
		assertThat(body).contains("\"id\":" + id);
		send("", proposal, municipal()).andExpect(status().isConflict());

		// no decision before the unit's response or the end of its period
		String decision = "{\"documentNumber\":\"京市监发〔2027〕41号\",\"decidedOn\":\"" + LocalDate.now()
				+ "\",\"reason\":\"泄密事件属实\",\"version\":";
		send("/" + id + "/decision", decision + version(id) + "}", municipal()).andExpect(status().isConflict());

		// the unit responds: another unit does not see it, the bureau cannot respond, a stale version is refused
		String response = "{\"response\":\"已采取补救措施\",\"version\":";
		send("/" + id + "/response", response + version(id) + "}", unit(other)).andExpect(status().isNotFound());
		send("/" + id + "/response", response + version(id) + "}", municipal()).andExpect(status().isForbidden());
		send("/" + id + "/response", response + (version(id) + 1) + "}", unit(base)).andExpect(status().isConflict());
		send("/" + id + "/response", "{\"response\":\"\",\"version\":" + version(id) + "}", unit(base))
			.andExpect(status().isBadRequest());
		send("/" + id + "/response", response + version(id) + "}", unit(base)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESPONDED"))
			.andExpect(jsonPath("$.response").value("已采取补救措施"));

		// the bureau decides: no document number is a 400; then the title is revoked
		send("/" + id + "/decision", "{\"decidedOn\":\"" + LocalDate.now() + "\",\"reason\":\"属实\",\"version\":"
				+ version(id) + "}", municipal()).andExpect(status().isBadRequest());
		send("/" + id + "/decision", decision + version(id) + "}", unit(base)).andExpect(status().isForbidden());
		send("/" + id + "/decision", decision + version(id) + "}", municipal()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.documentNumber").value("京市监发〔2027〕41号"))
			.andExpect(jsonPath("$.reapplyFrom").value(LocalDate.now().plusYears(3).toString()));
		assertThat(jdbc.queryForObject("select status from demonstration_base where id = ?", String.class,
				base.baseId())).isEqualTo("REVOKED");
		send("/" + id + "/drop", "{\"reason\":\"撤回\",\"version\":" + version(id) + "}", municipal())
			.andExpect(status().isConflict());
		send("/" + id + "/response", response + version(id) + "}", unit(base)).andExpect(status().isConflict());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("REVOCATION_PROPOSED", id) == 1 && audited("REVOCATION_RESPONDED", id) == 1
					&& audited("REVOCATION_DECIDED", id) == 1);
	}

	@Test
	void theBureauDropsAPendingProcedureThroughTheApi() throws Exception {
		EvaluationFixtures.Designated base = fixtures.designate("摘牌接口撤回公司", CHAOYANG, BaseType.ZONE,
				EvaluationFixtures.nextDate());
		send("", "{\"baseId\":" + base.baseId() + ",\"grounds\":\"申报材料弄虚作假\"}", municipal())
			.andExpect(status().isCreated());
		long id = jdbc.queryForObject("select id from revocation where base_id = ?", Long.class, base.baseId());

		send("/" + id + "/drop", "{\"reason\":\"\",\"version\":" + version(id) + "}", municipal())
			.andExpect(status().isBadRequest());
		send("/" + id + "/drop", "{\"reason\":\"经核实材料属实\",\"version\":" + version(id) + "}", municipal())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DROPPED"))
			.andExpect(jsonPath("$.decisionReason").value("经核实材料属实"));
		assertThat(jdbc.queryForObject("select status from demonstration_base where id = ?", String.class,
				base.baseId())).isEqualTo("ACTIVE");
		await().atMost(Duration.ofSeconds(20)).until(() -> audited("REVOCATION_DROPPED", id) == 1);
	}
}
