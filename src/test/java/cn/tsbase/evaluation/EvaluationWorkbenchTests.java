package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.Rectifications;
import cn.tsbase.evaluation.internal.Revocations;
import cn.tsbase.evaluation.internal.RevocationTriggers;
import cn.tsbase.evaluation.internal.TriggerKind;
import cn.tsbase.shared.security.Role;

/**
 * The evaluation module's workbench lines: the unit sees its order to work on (with the deadline) and the revocation
 * it may answer; the district and the bureau see overdue orders and open grounds, the district the orders to issue or
 * to decide, the bureau the procedures ready for its decision. Counted as deltas: other tests' rows stay where they
 * are, and another district's count does not move.
 */
@IntegrationTest
class EvaluationWorkbenchTests {

	static final String MENTOUGOU = "110109";
	static final String HUAIROU = "110116";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Rectifications rectifications;

	@Autowired
	RevocationTriggers triggers;

	@Autowired
	Revocations revocations;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	Document home(RequestPostProcessor user) throws Exception {
		return Jsoup.parse(mvc.perform(get("/").with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static long count(Document page, String id) {
		Element item = page.getElementById(id);
		assertThat(item).as("workbench line " + id).isNotNull();
		assertThat(item.text()).as("label of " + id).doesNotContain("??");
		return Long.parseLong(item.selectFirst(".wb-count").text());
	}

	record Counts(long overdue, long toHandle, long grounds, long otherOverdue, long otherGrounds, long cityOverdue,
			long cityGrounds, long cityToDecide) {
	}

	Counts officers() throws Exception {
		Document district = home(Principals.role(Role.DISTRICT_OFFICER, MENTOUGOU, null));
		Document other = home(Principals.role(Role.DISTRICT_OFFICER, HUAIROU, null));
		Document city = home(Principals.role(Role.MUNICIPAL_OFFICER, null, null));
		return new Counts(count(district, "wb-district-overdueRectifications"),
				count(district, "wb-district-rectificationsToHandle"), count(district, "wb-district-revocationGrounds"),
				count(other, "wb-district-overdueRectifications"), count(other, "wb-district-revocationGrounds"),
				count(city, "wb-municipal-overdueRectifications"), count(city, "wb-municipal-revocationGrounds"),
				count(city, "wb-municipal-revocationsToDecide"));
	}

	@Test
	void overdueOrdersOpenGroundsAndTheUnitsOwnWorkAreCountedInScope() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("工作台整改测试公司", MENTOUGOU, BaseType.POINT, date);
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, MENTOUGOU, base.unitId());
		Counts before = officers();
		assertThat(count(home(unit), "wb-unit-rectifications")).isZero();

		// publication proposes an order (the district has it to issue; the unit has nothing to do yet) and flags the
		// missing annual plan; the bureau's counts are taken from here, as the publication may flag other bases too
		published.publish(year, date, Set.of(base.baseId()));
		long id = jdbc.queryForObject("select id from rectification where base_id = ?", Long.class, base.baseId());
		Counts proposed = officers();
		assertThat(proposed.toHandle()).isEqualTo(before.toHandle() + 1);
		assertThat(proposed.grounds()).isEqualTo(before.grounds() + 1);
		assertThat(count(home(unit), "wb-unit-rectifications")).isZero();
		before = new Counts(before.overdue(), before.toHandle(), before.grounds(), before.otherOverdue(),
				proposed.otherGrounds(), proposed.cityOverdue(), proposed.cityGrounds(), proposed.cityToDecide());

		// issued, then past its deadline: the unit's line with the deadline; overdue for the district and the bureau
		rectifications.issue(id, version("rectification", id), "1. 完善制度", null, 5,
				PublishedRounds.user(Role.DISTRICT_OFFICER, MENTOUGOU, null));
		Document unitPage = home(unit);
		assertThat(count(unitPage, "wb-unit-rectifications")).isEqualTo(1);
		assertThat(unitPage.getElementById("wb-unit-rectifications").selectFirst(".wb-due")).isNotNull();
		assertThat(unitPage.getElementById("wb-unit-rectifications").selectFirst("a").attr("href"))
			.isEqualTo("/evaluation/rectifications");
		jdbc.update("update rectification set deadline = ? where id = ?", LocalDate.now().minusDays(1), id);
		Counts overdue = officers();
		assertThat(overdue.overdue()).isEqualTo(before.overdue() + 1);
		assertThat(overdue.cityOverdue()).isEqualTo(before.cityOverdue() + 1);
		assertThat(overdue.otherOverdue()).isEqualTo(before.otherOverdue());
		assertThat(overdue.toHandle()).isEqualTo(before.toHandle());
		assertThat(home(Principals.role(Role.DISTRICT_OFFICER, MENTOUGOU, null))
			.getElementById("wb-district-overdueRectifications")
			.selectFirst("a")
			.attr("href")).isEqualTo("/evaluation/rectifications?overdue=true");

		// a recorded ground is open for the district and the bureau, not for another district
		triggers.record(base.baseId(), TriggerKind.MAJOR_LEAK, "发生重大泄密事件",
				PublishedRounds.user(Role.DISTRICT_OFFICER, MENTOUGOU, null));
		Counts flagged = officers();
		assertThat(flagged.grounds()).isEqualTo(before.grounds() + 2);
		assertThat(flagged.cityGrounds()).isEqualTo(before.cityGrounds() + 1);
		assertThat(flagged.otherGrounds()).isEqualTo(before.otherGrounds());

		// the bureau proposes: the grounds are no longer open; the unit may respond; once the period has run out the
		// procedure waits for the bureau's decision and no longer for the unit
		long revocation = revocations.propose(base.baseId(), "发生重大泄密事件", 5,
				PublishedRounds.user(Role.MUNICIPAL_OFFICER, null, null));
		assertThat(officers().grounds()).isEqualTo(before.grounds());
		assertThat(count(home(unit), "wb-unit-revocationResponse")).isEqualTo(1);
		assertThat(officers().cityToDecide()).isEqualTo(before.cityToDecide());
		jdbc.update("update revocation set response_deadline = ? where id = ?", LocalDate.now().minusDays(1),
				revocation);
		assertThat(count(home(unit), "wb-unit-revocationResponse")).isZero();
		assertThat(officers().cityToDecide()).isEqualTo(before.cityToDecide() + 1);
	}

	long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}
}
