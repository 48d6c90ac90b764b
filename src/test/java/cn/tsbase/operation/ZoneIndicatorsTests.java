package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * A zone's four indicators are computed from its own member records and publicity events, never typed: the counts
 * below are made by hand from what each test records on a zone of its own.
 */
@IntegrationTest
class ZoneIndicatorsTests {

	static final String FENGTAI = "110106";

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
	void percentagesRoundDownAndAreUnknownWithoutMembers() {
		assertThat(ZoneIndicators.of(2026, 3, 1, 0, 0, 2)).extracting(ZoneIndicators::trainingPercent,
				ZoneIndicators::rulesPercent).containsExactly(33, 66);
		assertThat(ZoneIndicators.of(2026, 0, 0, 4, 0, 0)).extracting(ZoneIndicators::trainingPercent,
				ZoneIndicators::rulesPercent, ZoneIndicators::legalEvents).containsExactly(null, null, 4L);
	}

	@Test
	void theFourIndicatorsCountOnlyTheZonesCurrentMembersAndThisYearsPublicity() throws Exception {
		int year = ZoneMemberTests.thisYear();
		var zone = fixtures.designate("指标计算科技园区", FENGTAI, BaseType.ZONE);
		var other = fixtures.designate("指标对照科技园区", FENGTAI, BaseType.ZONE);
		String a = UsccFixtures.random(FENGTAI);
		String b = UsccFixtures.random(FENGTAI);
		String leaving = UsccFixtures.random(FENGTAI);
		// rules: A, B, D (and E, who leaves); trained this year: A, C (and E); cultivated: A, D
		importMembers(zone, List.of(
				List.of("指标成员A有限公司", a, "是", "2023-06-01", "保护制度", "10", "是"),
				List.of("指标成员B有限公司", b, "是", "", "", "0", "否"),
				List.of("指标成员C有限公司", UsccFixtures.random(FENGTAI), "否", "", "", "4", "否"),
				List.of("指标成员D有限公司", UsccFixtures.random(FENGTAI), "是", "", "", "", "是"),
				List.of("指标成员E有限公司", leaving, "是", "", "", "7", "是")));
		// B's people were trained last year only
		long memberB = jdbc.queryForObject("select id from zone_member where base_id = ? and uscc = ?", Long.class,
				zone.baseId(), b);
		jdbc.update("insert into zone_member_training (member_id, training_year, people) values (?, ?, ?)", memberB,
				year - 1, 30);
		long memberE = jdbc.queryForObject("select id from zone_member where base_id = ? and uscc = ?", Long.class,
				zone.baseId(), leaving);
		long versionE = jdbc.queryForObject("select version from zone_member where id = ?", Long.class, memberE);
		mvc.perform(post("/operation/bases/{id}/members/{m}/remove", zone.baseId(), memberE).with(unit(zone))
			.with(csrf())
			.param("removedOn", year + "-01-02")
			.param("version", String.valueOf(versionE))).andExpect(status().is3xxRedirection());

		activity(zone, "PUBLICITY", year + "-01-05");
		activity(zone, "PUBLICITY", year + "-01-06");
		activity(zone, "PUBLICITY", year + "-01-07");
		activity(zone, "PUBLICITY", (year - 1) + "-12-30");
		activity(zone, "TRAINING", year + "-01-08");
		// the other zone's members and events count for the other zone only
		importMembers(other, List.of(List.of("对照成员有限公司", UsccFixtures.random(FENGTAI), "是", "", "", "9", "是")));
		activity(other, "PUBLICITY", year + "-01-09");

		Document page = page("/operation/bases/" + zone.baseId() + "/members",
				Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null));
		assertThat(page.select("#indicator-training .value").text()).isEqualTo("50%");
		assertThat(page.select("#indicator-training .counts").text()).contains("2 / 4");
		assertThat(page.select("#indicator-legal .value").text()).isEqualTo("3");
		assertThat(page.select("#indicator-cultivated .value").text()).isEqualTo("2");
		assertThat(page.select("#indicator-rules .value").text()).isEqualTo("75%");
		assertThat(page.select("#memberTable tbody tr")).hasSize(5);

		Document profile = page("/operation/bases/" + zone.baseId(), Principals.role(Role.MUNICIPAL_OFFICER, null, null));
		assertThat(profile.select("#zoneIndicators #indicator-rules .value").text()).isEqualTo("75%");
		assertThat(profile.select("#membersLink")).hasSize(1);

		mvc.perform(get("/api/v1/bases/{id}/members", zone.baseId()).with(unit(zone)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators.members").value(4))
			.andExpect(jsonPath("$.indicators.trained").value(2))
			.andExpect(jsonPath("$.indicators.trainingPercent").value(50))
			.andExpect(jsonPath("$.indicators.legalEvents").value(3))
			.andExpect(jsonPath("$.indicators.cultivated").value(2))
			.andExpect(jsonPath("$.indicators.withRules").value(3))
			.andExpect(jsonPath("$.indicators.rulesPercent").value(75));
		Document overview = page("/operation/overview?name=指标计算科技园区&year=" + year,
				Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null));
		assertThat(overview.select("#overview-" + zone.baseId() + " .zone").text()).isEqualTo("50% / 3 / 2 / 75%");
		var point = fixtures.designate("指标对照科技有限公司", FENGTAI, BaseType.POINT);
		var figures = operation.zoneIndicators(List.of(zone.baseId(), point.baseId()), year);
		assertThat(figures).containsOnlyKeys(zone.baseId());
		assertThat(figures.get(zone.baseId())).isEqualTo(new ZoneIndicators(year, 4, 2, 50, 3, 2, 3, 75));

		mvc.perform(get("/api/v1/bases/{id}/members", other.baseId()).with(unit(other)))
			.andExpect(jsonPath("$.indicators.members").value(1))
			.andExpect(jsonPath("$.indicators.legalEvents").value(1))
			.andExpect(jsonPath("$.indicators.trainingPercent").value(100));
	}

	@Test
	void aPointShowsNoZoneIndicatorsAndAnIpOfficerSeesNone() throws Exception {
		var point = fixtures.designate("指标示范点科技有限公司", FENGTAI, BaseType.POINT);
		var zone = fixtures.designate("指标可见科技园区", FENGTAI, BaseType.ZONE);
		assertThat(page("/operation/bases/" + point.baseId(), unit(point)).select("#zoneIndicators")).isEmpty();
		assertThat(page("/operation/bases/" + zone.baseId(), unit(zone)).select("#zoneIndicators")).hasSize(1);
		Document ip = page("/operation/bases/" + zone.baseId(), Principals.role(Role.IP_OFFICER, FENGTAI, null));
		assertThat(ip.select("#zoneIndicators")).isEmpty();
		assertThat(ip.select("#membersLink")).isEmpty();
		assertThat(page("/operation/bases/" + zone.baseId() + "/members", unit(zone)).select("#indicator-training .value")
			.text()).isEqualTo("—");
	}

	private static RequestPostProcessor unit(OperationFixtures.Designated base) {
		return Principals.role(Role.LIAISON, base.district(), base.unitId());
	}

	private void importMembers(OperationFixtures.Designated zone, List<? extends List<?>> rows) throws Exception {
		mvc.perform(multipart("/operation/bases/{id}/members/import", zone.baseId())
			.file(new MockMultipartFile("file", "members.xlsx", "application/octet-stream",
					ZoneMemberTests.workbook(rows)))
			.with(unit(zone))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	private void activity(OperationFixtures.Designated base, String kind, String date) throws Exception {
		mvc.perform(post("/operation/bases/{id}/activities", base.baseId()).with(unit(base))
			.with(csrf())
			.param("kind", kind)
			.param("heldOn", date)
			.param("topic", "普法宣传")
			.param("place", "园区会议室")
			.param("participants", "30")
			.param("organiser", "园区管委会")).andExpect(status().is3xxRedirection());
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
