package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * A zone's activity records which of its member units took part and how many people each: the sum fills an empty
 * participants count and may not exceed a given one, only the zone's members of the day count, and a member that sent
 * people to a training of the year counts as trained in the zone's training ratio. Figures are counted by hand from
 * what each test records on zones of its own.
 */
@IntegrationTest
class ActivityParticipationTests {

	static final String TONGZHOU = "110112";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OperationManagement operation;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	@Test
	void membersSentToATrainingOfTheYearCountAsTrainedAndTheirSumFillsTheParticipants() throws Exception {
		int year = ZoneMemberTests.thisYear();
		var zone = fixtures.designate("参加记录科技园区", TONGZHOU, BaseType.ZONE);
		long a = member(zone, "参加成员甲有限公司");
		long b = member(zone, "参加成员乙有限公司");
		long c = member(zone, "参加成员丙有限公司");
		long d = member(zone, "参加成员丁有限公司");
		long e = member(zone, "参加成员戊有限公司");
		String list = "/operation/bases/" + zone.baseId() + "/activities";

		// the form offers the zone's current members, one people field each
		Document form = page(list, unit(zone));
		assertThat(form.select("#memberParticipation .member-name").eachText()).containsExactlyInAnyOrder("参加成员丁有限公司",
				"参加成员戊有限公司", "参加成员乙有限公司", "参加成员丙有限公司", "参加成员甲有限公司");

		// A: people trained otherwise, stated on the member
		mvc.perform(post("/operation/bases/{id}/members/{m}", zone.baseId(), a).with(unit(zone))
			.with(csrf())
			.param("trainedPeople", "10")
			.param("version", String.valueOf(version(a)))).andExpect(status().is3xxRedirection());
		// B and E at this year's training, the participants left empty: 6 + 4
		activity(zone, "TRAINING", year + "-01-05", null, Map.of(b, 6, e, 4)).andExpect(redirectedUrl(list));
		// C at last year's training only, D at this year's publicity only
		activity(zone, "TRAINING", (year - 1) + "-12-20", "30", Map.of(c, 5)).andExpect(redirectedUrl(list));
		activity(zone, "PUBLICITY", year + "-01-06", "20", Map.of(d, 7)).andExpect(redirectedUrl(list));
		// E leaves after the training
		mvc.perform(post("/operation/bases/{id}/members/{m}/remove", zone.baseId(), e).with(unit(zone))
			.with(csrf())
			.param("removedOn", year + "-01-07")
			.param("version", String.valueOf(version(e)))).andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForObject("select participants from base_activity where base_id = ? and held_on = ?",
				Integer.class, zone.baseId(), java.sql.Date.valueOf(year + "-01-05"))).isEqualTo(10);
		assertThat(jdbc.queryForObject("select count(*) from base_activity_member p join base_activity x "
				+ "on x.id = p.activity_id where x.base_id = ?", Long.class, zone.baseId())).isEqualTo(4);

		// current members A, B, C, D; trained this year A (stated) and B (sent to the training): 2 / 4
		Document members = page("/operation/bases/" + zone.baseId() + "/members",
				Principals.role(Role.DISTRICT_OFFICER, TONGZHOU, null));
		assertThat(members.select("#indicator-training .value").text()).isEqualTo("50%");
		assertThat(members.select("#indicator-training .counts").text()).contains("2 / 4");
		assertThat(members.select("#indicator-legal .value").text()).isEqualTo("1");
		assertThat(row(members, b).select(".trained").text()).isEqualTo("6");
		assertThat(row(members, b).select(".from-activities").text()).contains("6");
		assertThat(row(members, a).select(".trained").text()).isEqualTo("10");
		assertThat(row(members, a).select(".from-activities")).isEmpty();
		assertThat(row(members, c).select(".trained").text()).isEqualTo("0");
		assertThat(row(members, d).select(".trained").text()).isEqualTo("0");
		assertThat(operation.zoneIndicators(List.of(zone.baseId()), year).get(zone.baseId()))
			.isEqualTo(new ZoneIndicators(year, 4, 2, 50, 1, 0, 0, 0));

		// the activity lists its members with their people, on the page and in the API
		Document activities = page(list, Principals.role(Role.IP_OFFICER, TONGZHOU, null));
		var training = activities.select("#activityTable tbody tr:contains(" + year + "-01-05)");
		assertThat(training.select(".member-took")).hasSize(2);
		assertThat(training.select(".activity-members").text()).contains("参加成员戊有限公司 4 人",
				"参加成员乙有限公司 6 人");
		assertThat(training.text()).contains("10");
		mvc.perform(get("/api/v1/activities").param("baseId", String.valueOf(zone.baseId()))
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.heldOn == '" + year + "-01-05')].members[*].people",
					org.hamcrest.Matchers.containsInAnyOrder(4, 6)))
			.andExpect(jsonPath("$.content[?(@.heldOn == '" + year + "-01-06')].members[0].memberId")
				.value(org.hamcrest.Matchers.contains((int) d)));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ACTIVITY_RECORDED' "
					+ "and object_id = ? and detail like '%members%'", Long.class,
					String.valueOf(zone.baseId())) == 3);
	}

	@Test
	void theParticipantsMayNotBeFewerThanTheMembersPeopleAndOnlyTheZonesMembersTakePart() throws Exception {
		int year = ZoneMemberTests.thisYear();
		var zone = fixtures.designate("参加校验科技园区", TONGZHOU, BaseType.ZONE);
		var other = fixtures.designate("参加对照科技园区", TONGZHOU, BaseType.ZONE);
		var point = fixtures.designate("参加校验科技有限公司", TONGZHOU, BaseType.POINT);
		long mine = member(zone, "校验成员有限公司");
		long theirs = member(other, "对照成员有限公司");

		activity(zone, "TRAINING", year + "-02-01", "3", Map.of(mine, 6)).andExpect(status().isOk())
			.andExpect(content().string(containsString("成员单位参加人数合计 6 人，参加人数不能少于该合计")));
		activity(zone, "TRAINING", year + "-02-01", null, Map.of(mine, 0)).andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填项")));
		activity(zone, "TRAINING", year + "-02-01", "20", Map.of(theirs, 6)).andExpect(status().isConflict());
		activity(point, "TRAINING", year + "-02-01", "20", Map.of(mine, 6)).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select count(*) from base_activity where base_id in (?, ?)", Long.class,
				zone.baseId(), point.baseId())).isZero();
		assertThat(page("/operation/bases/" + point.baseId() + "/activities", unit(point))
			.select("#memberParticipation")).isEmpty();

		// given participants above the sum: the zone's own staff came too
		activity(zone, "TRAINING", year + "-02-01", "20", Map.of(mine, 6))
			.andExpect(redirectedUrl("/operation/bases/" + zone.baseId() + "/activities"));
		assertThat(jdbc.queryForObject("select participants from base_activity where base_id = ?", Integer.class,
				zone.baseId())).isEqualTo(20);
		assertThat(operation.zoneIndicators(List.of(zone.baseId(), other.baseId()), year))
			.extractingFromEntries(entry -> entry.getValue().trained())
			.containsExactlyInAnyOrder(1L, 0L);
	}

	private long member(OperationFixtures.Designated zone, String name) throws Exception {
		String uscc = UsccFixtures.random(TONGZHOU);
		mvc.perform(post("/operation/bases/{id}/members", zone.baseId()).with(unit(zone))
			.with(csrf())
			.param("uscc", uscc)
			.param("name", name)).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select id from zone_member where base_id = ? and uscc = ?", Long.class,
				zone.baseId(), uscc);
	}

	private long version(long memberId) {
		return jdbc.queryForObject("select version from zone_member where id = ?", Long.class, memberId);
	}

	private ResultActions activity(OperationFixtures.Designated base, String kind, String date, String participants,
			Map<Long, Integer> people) throws Exception {
		MockHttpServletRequestBuilder request = post("/operation/bases/{id}/activities", base.baseId())
			.with(unit(base))
			.with(csrf())
			.param("kind", kind)
			.param("heldOn", date)
			.param("topic", "商业秘密保护培训")
			.param("place", "园区会议室")
			.param("organiser", "园区管委会");
		if (participants != null) {
			request.param("participants", participants);
		}
		int i = 0;
		for (Map.Entry<Long, Integer> entry : people.entrySet()) {
			request.param("members[" + i + "].memberId", String.valueOf(entry.getKey()))
				.param("members[" + i + "].name", "成员")
				.param("members[" + i + "].people", String.valueOf(entry.getValue()));
			i++;
		}
		return mvc.perform(request);
	}

	private static org.jsoup.select.Elements row(Document page, long memberId) {
		return page.select("#memberTable tr[data-member-id=" + memberId + "]");
	}

	private static RequestPostProcessor unit(OperationFixtures.Designated base) {
		return Principals.role(Role.LIAISON, base.district(), base.unitId());
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
