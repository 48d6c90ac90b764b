package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * The grounds a base earns by what it did not do, detected when a year's results are published: no annual plan of
 * the year accepted by the district, and no evaluation in two published rounds running although the base was due in
 * both.
 */
@IntegrationTest
class MissedObligationTests {

	static final String FENGTAI = "110106";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	final List<Long> plans = new java.util.ArrayList<>();

	/** The plans the test wrote: other tests read every plan through the operation module. */
	@AfterEach
	void removePlans() {
		plans.forEach(id -> jdbc.update("delete from annual_plan where id = ?", id));
	}

	void plan(EvaluationFixtures.Designated base, int year, String status) {
		jdbc.update("insert into annual_plan (base_id, unit_id, unit_name, district_code, base_type, plan_year, status, "
				+ "submitted_version, updated_at, version) values (?, ?, '计划测试公司', ?, 'POINT', ?, ?, 1, ?, 0)",
				base.baseId(), base.unitId(), base.district(), year, status, Timestamp.from(Instant.now()));
		plans.add(jdbc.queryForObject("select id from annual_plan where base_id = ? and plan_year = ?", Long.class,
				base.baseId(), year));
	}

	List<String> grounds(long baseId, String kind) {
		return jdbc.queryForList("select trigger_year || ':' || detail from revocation_trigger where base_id = ? "
				+ "and kind = ?", String.class, baseId, kind);
	}

	@Test
	void aBaseWhosePlanOfTheYearTheDistrictDidNotAcceptIsFlaggedOnPublication() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated without = fixtures.designate("无计划摘牌测试公司", FENGTAI, BaseType.POINT, date);
		EvaluationFixtures.Designated pending = fixtures.designate("计划待受理测试公司", FENGTAI, BaseType.POINT, date);
		EvaluationFixtures.Designated accepted = fixtures.designate("计划已受理测试公司", FENGTAI, BaseType.POINT, date);
		plan(pending, year, "SUBMITTED");
		plan(accepted, year, "ACCEPTED");
		plan(without, year - 1, "ACCEPTED");

		published.publish(year, date, Set.of());

		assertThat(grounds(without.baseId(), "NO_ANNUAL_PLAN")).singleElement()
			.asString()
			.startsWith(year + ":")
			.contains("未编制计划");
		assertThat(grounds(pending.baseId(), "NO_ANNUAL_PLAN")).singleElement().asString().contains("尚未受理");
		assertThat(grounds(accepted.baseId(), "NO_ANNUAL_PLAN")).isEmpty();
		mvc.perform(get("/evaluation/revocation-triggers").param("kind", "NO_ANNUAL_PLAN")
			.with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无计划摘牌测试公司")))
			.andExpect(content().string(containsString("年度工作计划未报送或未经受理")));
	}

	@Test
	void aBaseDueInTwoPublishedRoundsRunningAndEvaluatedInNeitherIsFlagged() {
		int[] years = RevocationTests.twoYears();
		LocalDate first = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated evaluatedFirst = fixtures.designate("首年参评测试公司", FENGTAI, BaseType.POINT,
				first);
		published.publish(years[0], first, Set.of());
		// designated before the first round's date, but only after that round was opened: in neither round
		EvaluationFixtures.Designated missed = fixtures.designate("两年未参评测试公司", FENGTAI, BaseType.POINT,
				EvaluationFixtures.nextDate());
		LocalDate second = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated evaluatedSecond = fixtures.designate("次年参评测试公司", FENGTAI, BaseType.POINT,
				second);
		assertThat(grounds(missed.baseId(), "NO_EVALUATION_TWO_YEARS")).isEmpty();

		published.publish(years[1], second, Set.of());

		assertThat(jdbc.queryForObject("select count(*) from evaluation where base_id = ?", Long.class,
				missed.baseId())).isZero();
		assertThat(grounds(missed.baseId(), "NO_EVALUATION_TWO_YEARS")).singleElement()
			.asString()
			.startsWith(years[1] + ":")
			.contains(years[0] + "、" + years[1]);
		assertThat(grounds(evaluatedFirst.baseId(), "NO_EVALUATION_TWO_YEARS")).isEmpty();
		assertThat(grounds(evaluatedSecond.baseId(), "NO_EVALUATION_TWO_YEARS")).isEmpty();
	}
}
