package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

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
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * The unit corrects an activity it recorded wrongly (issue 12, point 4): the form comes filled, the correction is
 * checked like a new record, refused when someone saved the activity in between, audited with what it was, and only
 * the unit's own people may make it.
 */
@IntegrationTest
class ActivityCorrectionTests {

	static final String FENGTAI = "110106";

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

	private static RequestPostProcessor unit(OperationFixtures.Designated base) {
		return Principals.role(Role.LIAISON, base.district(), base.unitId());
	}

	private Document page(String path, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long record(OperationFixtures.Designated base, String topic, int participants) throws Exception {
		mvc.perform(post("/operation/bases/{id}/activities", base.baseId()).with(unit(base))
			.with(csrf())
			.param("kind", "TRAINING")
			.param("heldOn", "2026-03-15")
			.param("topic", topic)
			.param("place", "一层会议室")
			.param("participants", String.valueOf(participants))
			.param("organiser", "法务部")).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select id from base_activity where base_id = ? and topic = ?", Long.class,
				base.baseId(), topic);
	}

	private static MockHttpServletRequestBuilder correction(OperationFixtures.Designated base, long activityId,
			long version, String date, String participants) {
		return post("/operation/bases/{id}/activities/{a}", base.baseId(), activityId).with(csrf())
			.param("version", String.valueOf(version))
			.param("kind", "PUBLICITY")
			.param("heldOn", date)
			.param("topic", "更正后的普法宣传")
			.param("online", "true")
			.param("participants", participants)
			.param("organiser", "综合办公室");
	}

	private long version(long activityId) {
		return jdbc.queryForObject("select version from base_activity where id = ?", Long.class, activityId);
	}

	@Test
	void theUnitCorrectsAnActivityFromAFilledFormAndTheOldValuesStayInTheAuditLog() throws Exception {
		var base = fixtures.designate("活动更正科技有限公司", FENGTAI, BaseType.POINT);
		long id = record(base, "记错日期的培训", 35);
		String list = "/operation/bases/" + base.baseId() + "/activities";

		Document listPage = page(list, unit(base));
		assertThat(listPage.select("#activityTable a.correct-link").attr("href"))
			.isEqualTo(list + "/" + id + "/edit");
		Document form = page(list + "/" + id + "/edit", unit(base));
		assertThat(form.select("#topic").val()).isEqualTo("记错日期的培训");
		assertThat(form.select("#participants").val()).isEqualTo("35");
		assertThat(form.select("#heldOn").val()).isEqualTo("2026-03-15");
		assertThat(form.select("input[name=version]").val()).isEqualTo(String.valueOf(version(id)));

		// checked like a new record: nothing saved while a field is wrong
		mvc.perform(correction(base, id, version(id), "", "-3").with(unit(base)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(jdbc.queryForObject("select topic from base_activity where id = ?", String.class, id))
			.isEqualTo("记错日期的培训");

		long read = version(id);
		mvc.perform(correction(base, id, read, "2026-03-16", "120").with(unit(base))).andExpect(redirectedUrl(list));
		var row = jdbc.queryForMap("select kind, held_on, topic, online, participants, organiser from base_activity "
				+ "where id = ?", id);
		assertThat(row.get("kind")).isEqualTo("PUBLICITY");
		assertThat(row.get("held_on").toString()).isEqualTo("2026-03-16");
		assertThat(row.get("topic")).isEqualTo("更正后的普法宣传");
		assertThat(row.get("online")).isEqualTo(true);
		assertThat(((Number) row.get("participants")).intValue()).isEqualTo(120);
		// the audit entry is written after the commit, by the audit module's listener
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ACTIVITY_CORRECTED' "
					+ "and object_id = ?", Long.class, String.valueOf(id)) == 1);
		assertThat(jdbc.queryForObject("select detail from audit_entry where event = 'ACTIVITY_CORRECTED' "
				+ "and object_id = ?", String.class, String.valueOf(id)))
			.contains("TRAINING 2026-03-15 35", "PUBLICITY 2026-03-16 120");
		assertThat(page(list, unit(base)).select("#activityTable tbody tr").text()).contains("更正后的普法宣传")
			.doesNotContain("记错日期的培训");

		// a correction made on what was read before the last one is refused, and changes nothing
		mvc.perform(correction(base, id, read, "2026-03-20", "7").with(unit(base)))
			.andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select participants from base_activity where id = ?", Integer.class, id))
			.isEqualTo(120);
	}

	@Test
	void onlyTheUnitsOwnPeopleCorrectItsActivities() throws Exception {
		var base = fixtures.designate("活动更正权限科技有限公司", FENGTAI, BaseType.POINT);
		long id = record(base, "不许别人更正的培训", 20);
		long version = version(id);
		mvc.perform(get("/operation/bases/{id}/activities/{a}/edit", base.baseId(), id)
			.with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null))).andExpect(status().isForbidden());
		mvc.perform(correction(base, id, version, "2026-03-16", "1")
			.with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null))).andExpect(status().isForbidden());
		mvc.perform(correction(base, id, version, "2026-03-16", "1")
			.with(Principals.role(Role.APPLICANT, FENGTAI, base.unitId() + 1_000_000)))
			.andExpect(status().isNotFound());
		// an activity of another base, reached through this base's path
		var other = fixtures.designate("活动更正他方科技有限公司", FENGTAI, BaseType.POINT);
		long foreign = record(other, "他方培训", 9);
		mvc.perform(correction(base, foreign, version(foreign), "2026-03-16", "1").with(unit(base)))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select participants from base_activity where id = ?", Integer.class, id))
			.isEqualTo(20);
		assertThat(jdbc.queryForObject("select participants from base_activity where id = ?", Integer.class,
				foreign)).isEqualTo(9);
	}

	@Test
	void aZoneCorrectsWhichMemberUnitsTookPart() throws Exception {
		var zone = fixtures.designate("活动更正科技园区", FENGTAI, BaseType.ZONE);
		String uscc = UsccFixtures.random(FENGTAI);
		mvc.perform(post("/operation/bases/{id}/members", zone.baseId()).with(unit(zone))
			.with(csrf())
			.param("uscc", uscc)
			.param("name", "更正成员甲有限公司")).andExpect(status().is3xxRedirection());
		long member = jdbc.queryForObject("select id from zone_member where base_id = ? and uscc = ?", Long.class,
				zone.baseId(), uscc);
		mvc.perform(post("/operation/bases/{id}/activities", zone.baseId()).with(unit(zone))
			.with(csrf())
			.param("kind", "TRAINING")
			.param("heldOn", "2026-03-15")
			.param("topic", "园区培训待更正")
			.param("organiser", "园区管委会")
			.param("members[0].memberId", String.valueOf(member))
			.param("members[0].name", "成员")
			.param("members[0].people", "4")).andExpect(status().is3xxRedirection());
		long id = jdbc.queryForObject("select id from base_activity where base_id = ?", Long.class, zone.baseId());
		Document form = page("/operation/bases/" + zone.baseId() + "/activities/" + id + "/edit", unit(zone));
		assertThat(form.select("#memberParticipation input[data-member=更正成员甲有限公司]").val()).isEqualTo("4");

		mvc.perform(post("/operation/bases/{id}/activities/{a}", zone.baseId(), id).with(unit(zone))
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("kind", "TRAINING")
			.param("heldOn", "2026-03-15")
			.param("topic", "园区培训待更正")
			.param("organiser", "园区管委会")
			.param("members[0].memberId", String.valueOf(member))
			.param("members[0].name", "成员")
			.param("members[0].people", "9")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select people from base_activity_member where activity_id = ?",
				Integer.class, id)).isEqualTo(9);
		assertThat(jdbc.queryForObject("select participants from base_activity where id = ?", Integer.class, id))
			.isEqualTo(9);
	}
}
