package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * The operation's JSON writes (issue 12, point 7) run the pages' use cases: an activity recorded by the unit counts
 * like one from the form and is refused with the same reasons; a plan and a report go submit → return → submit →
 * accept with the version read, the state guarded (409) and the roles kept apart.
 */
@IntegrationTest
class OperationWriteApiTests {

	static final String DAXING = "110115";

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

	private ResultActions json(String url, RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(post(url).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static RequestPostProcessor unit(OperationFixtures.Designated base) {
		return Principals.role(Role.LIAISON, base.district(), base.unitId());
	}

	private static RequestPostProcessor district() {
		return Principals.role(Role.DISTRICT_OFFICER, DAXING, null);
	}

	@Test
	void aTrainingRecordedAsJsonIsStoredAndAuditedAndABadOneIsRefusedByField() throws Exception {
		var base = fixtures.designate("接口活动科技有限公司", DAXING, BaseType.POINT);
		String body = """
				{"baseId": %d, "activity": {"kind": "TRAINING", "heldOn": "2026-05-20", "topic": "接口录入的培训",
				 "online": false, "place": "报告厅", "participants": 42, "organiser": "法务部"}}""".formatted(base.baseId());
		json("/api/v1/activities", unit(base), body).andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber());
		assertThat(jdbc.queryForObject("select participants from base_activity where base_id = ? and topic = ?",
				Integer.class, base.baseId(), "接口录入的培训")).isEqualTo(42);

		json("/api/v1/activities", unit(base), """
				{"baseId": %d, "activity": {"kind": "TRAINING", "heldOn": "2026-05-21", "topic": "",
				 "organiser": "法务部", "participants": 3}}""".formatted(base.baseId()))
			.andExpect(status().isBadRequest());
		json("/api/v1/activities", unit(base), """
				{"baseId": %d, "activity": {"kind": "TRAINING", "heldOn": "2026-05-21", "topic": "无人数",
				 "organiser": "法务部"}}""".formatted(base.baseId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("activity.participants"));
		var stranger = fixtures.designate("接口活动旁观有限公司", DAXING, BaseType.POINT);
		json("/api/v1/activities", unit(stranger), body).andExpect(status().isNotFound());
		json("/api/v1/activities", district(), body).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from base_activity where base_id = ?", Long.class,
				base.baseId())).isEqualTo(1);
	}

	@Test
	void aLiaisonReportIsSubmittedReturnedAndAcceptedAsJsonWithTheVersionRead() throws Exception {
		var base = fixtures.designate("接口联络报告有限公司", DAXING, BaseType.POINT);
		String period = "2026-07-01";
		mvc.perform(post("/operation/bases/{id}/liaison-reports/{p}", base.baseId(), period).with(unit(base))
			.with(csrf())
			.param("workStatus", "本季度通过接口报送。")
			.param("problems[0]", "缺少培训讲师")
			.param("version", "-1")).andExpect(status().is3xxRedirection());
		String url = "/api/v1/liaison-reports/" + base.baseId() + "/" + period;

		json(url + "/accept", district(), version(base, period)).andExpect(status().isConflict());
		json(url + "/submit", unit(base), "{\"version\": " + (reportVersion(base, period) + 7) + "}")
			.andExpect(status().isConflict());
		json(url + "/submit", unit(base), version(base, period)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		json(url + "/return", district(), version(base, period)).andExpect(status().isBadRequest());
		json(url + "/return", Principals.role(Role.DISTRICT_OFFICER, "110108", null),
				"{\"version\": %d, \"reason\": \"别的区\"}".formatted(reportVersion(base, period)))
			.andExpect(status().isNotFound());
		json(url + "/return", district(), "{\"version\": %d, \"reason\": \"请写明培训人数\"}"
			.formatted(reportVersion(base, period))).andExpect(status().isOk());
		assertThat(reportStatus(base)).isEqualTo("RETURNED");
		json(url + "/submit", unit(base), version(base, period)).andExpect(status().isOk());
		json(url + "/accept", unit(base), version(base, period)).andExpect(status().isForbidden());
		json(url + "/accept", district(), version(base, period)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		assertThat(reportStatus(base)).isEqualTo("ACCEPTED");
	}

	@Test
	void anAnnualPlanIsSubmittedAndAcceptedAsJson() throws Exception {
		var base = fixtures.designate("接口年度计划有限公司", DAXING, BaseType.POINT);
		int year = 2095;
		mvc.perform(post("/operation/plan-filings").with(district()).with(csrf())
			.param("year", String.valueOf(year))
			.param("deadline", year + "-03-31"));
		mvc.perform(post("/operation/bases/{id}/plans/{y}", base.baseId(), year).with(unit(base))
			.with(csrf())
			.param("goals", "经接口提交的年度计划")
			.param("activities[0].month", "4")
			.param("activities[0].kind", "TRAINING")
			.param("activities[0].topic", "保密培训")
			.param("activities[0].audience", "全员")
			.param("activities[0].expectedReach", "50")
			.param("version", "-1")).andExpect(status().is3xxRedirection());
		String url = "/api/v1/annual-plans/" + base.baseId() + "/" + year;

		json(url + "/submit", unit(base), planVersion(base, year)).andExpect(status().isOk());
		json(url + "/return", district(), "{\"version\": %d, \"reason\": \"预算需细化\"}"
			.formatted(fixtures.planVersion(base.baseId(), year))).andExpect(status().isOk());
		json(url + "/submit", unit(base), planVersion(base, year)).andExpect(status().isOk());
		json(url + "/accept", district(), "{\"version\": %d, \"reason\": \"同意\"}"
			.formatted(fixtures.planVersion(base.baseId(), year))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select status from annual_plan where base_id = ? and plan_year = ?",
				String.class, base.baseId(), year)).isEqualTo("ACCEPTED");
		json(url + "/accept", district(), planVersion(base, year)).andExpect(status().isConflict());
		json("/api/v1/annual-plans/" + base.baseId() + "/1999/submit", unit(base), planVersion(base, year))
			.andExpect(status().isNotFound());
	}

	private String planVersion(OperationFixtures.Designated base, int year) {
		return "{\"version\": " + fixtures.planVersion(base.baseId(), year) + "}";
	}

	private long reportVersion(OperationFixtures.Designated base, String period) {
		return jdbc.queryForObject("select version from liaison_report where base_id = ? and period_start = ?",
				Long.class, base.baseId(), LocalDate.parse(period));
	}

	private String version(OperationFixtures.Designated base, String period) {
		return "{\"version\": " + reportVersion(base, period) + "}";
	}

	private String reportStatus(OperationFixtures.Designated base) {
		return jdbc.queryForObject("select status from liaison_report where base_id = ?", String.class, base.baseId());
	}
}
