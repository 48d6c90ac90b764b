package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/** Activities (培训、宣传): the unit records them, they count on the plan page against what the plan promised. */
@IntegrationTest
class ActivityTests {

	static final String XICHENG = "110102";

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

	static RequestPostProcessor unit(OperationFixtures.Designated base) {
		return Principals.role(Role.LIAISON, base.district(), base.unitId());
	}

	private static MockHttpServletRequestBuilder training(OperationFixtures.Designated base, String date,
			String topic, int participants) {
		return post("/operation/bases/{id}/activities", base.baseId()).with(unit(base))
			.with(csrf())
			.param("kind", "TRAINING")
			.param("heldOn", date)
			.param("topic", topic)
			.param("place", "一层会议室")
			.param("participants", String.valueOf(participants))
			.param("organiser", "法务部");
	}

	@Test
	void recordedTrainingsCountAgainstThePlanOfTheirYear() throws Exception {
		var base = fixtures.designate("活动统计科技有限公司", XICHENG, BaseType.POINT);
		int year = 2071;
		mvc.perform(post("/operation/plan-filings").with(Principals.role(Role.DISTRICT_OFFICER, XICHENG, null))
			.with(csrf())
			.param("year", String.valueOf(year))
			.param("deadline", year + "-03-31"));
		mvc.perform(post("/operation/bases/{id}/plans/{y}", base.baseId(), year)
			.with(Principals.role(Role.APPLICANT, XICHENG, base.unitId()))
			.with(csrf())
			.param("goals", "培训三次")
			.param("activities[0].month", "3").param("activities[0].kind", "TRAINING")
			.param("activities[0].topic", "基础").param("activities[0].audience", "员工")
			.param("activities[0].expectedReach", "100")
			.param("activities[1].month", "5").param("activities[1].kind", "TRAINING")
			.param("activities[1].topic", "进阶").param("activities[1].audience", "骨干")
			.param("activities[1].expectedReach", "30")
			.param("activities[2].month", "7").param("activities[2].kind", "TRAINING")
			.param("activities[2].topic", "复训").param("activities[2].audience", "新员工")
			.param("activities[2].expectedReach", "20")
			.param("version", "-1")).andExpect(status().is3xxRedirection());

		String list = "/operation/bases/" + base.baseId() + "/activities";
		mvc.perform(training(base, year + "-03-15", "商业秘密保护基础培训", 95)).andExpect(redirectedUrl(list));
		mvc.perform(training(base, year + "-05-20", "涉密岗位进阶培训", 28)).andExpect(redirectedUrl(list));
		mvc.perform(training(base, (year - 1) + "-12-20", "上一年度的培训", 50)).andExpect(redirectedUrl(list));

		Document plan = Jsoup.parse(mvc.perform(get("/operation/bases/{id}/plans/{y}", base.baseId(), year)
			.with(Principals.role(Role.DISTRICT_OFFICER, XICHENG, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(plan.select("#progress-TRAINING .planned").text()).isEqualTo("3");
		assertThat(plan.select("#progress-TRAINING .held").text()).isEqualTo("2");
		assertThat(plan.select("#progress-TRAINING .participants").text()).isEqualTo("123");
		assertThat(plan.select("#progress-TRAINING").text()).contains("67%");

		Document page = Jsoup.parse(mvc.perform(get(list).with(Principals.role(Role.IP_OFFICER, XICHENG, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#activityTable tbody tr")).hasSize(3);
		assertThat(page.select("#activityTable tbody tr").get(0).text()).contains("涉密岗位进阶培训");
		assertThat(page.select("#activityForm")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'ACTIVITY_RECORDED' "
				+ "and object_id = ?", Long.class, String.valueOf(base.baseId()))).isEqualTo(3);
	}

	@Test
	void anActivityNeedsItsDateTopicParticipantsAndOrganiserAndOnlyTheUnitRecordsIt() throws Exception {
		var base = fixtures.designate("活动校验科技有限公司", XICHENG, BaseType.POINT);
		mvc.perform(post("/operation/bases/{id}/activities", base.baseId()).with(unit(base))
			.with(csrf())
			.param("kind", "PUBLICITY")
			.param("heldOn", "")
			.param("topic", "")
			.param("participants", "-1")
			.param("organiser", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("此项为必填项")));
		mvc.perform(training(base, "2026-04-01", "别的单位", 10)
			.with(Principals.role(Role.APPLICANT, XICHENG, 1L))).andExpect(status().isNotFound());
		mvc.perform(training(base, "2026-04-01", "区局代填", 10)
			.with(Principals.role(Role.DISTRICT_OFFICER, XICHENG, null))).andExpect(status().isForbidden());
		mvc.perform(get("/operation/bases/{id}/activities", base.baseId())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110108", null))).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from base_activity where base_id = ?", Long.class,
				base.baseId())).isZero();
	}
}
