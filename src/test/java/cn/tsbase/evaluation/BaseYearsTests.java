package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import cn.tsbase.shared.web.ExportedWorkbooks;

/**
 * A base's own year-over-year page: two published years (75 % everywhere: total 75.0, 建设标准落实 22.5, 保护管理要素
 * 36.0, 年度成效 16.5), the first year's plan accepted and the second's with the district; the score table the chart
 * is drawn from, the operation figures read through the operation module's API, the export, the scopes.
 */
@IntegrationTest
class BaseYearsTests {

	static final String CHAOYANG = "110105";

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	@Autowired
	JdbcTemplate jdbc;

	final List<Long> plans = new ArrayList<>();

	@AfterEach
	void removePlans() {
		plans.forEach(id -> jdbc.update("delete from annual_plan where id = ?", id));
	}

	void plan(EvaluationFixtures.Designated base, int year, String status) {
		jdbc.update("insert into annual_plan (base_id, unit_id, unit_name, district_code, base_type, plan_year, status, "
				+ "submitted_version, updated_at, version) values (?, ?, '历年图表公司', ?, 'POINT', ?, ?, 1, ?, 0)",
				base.baseId(), base.unitId(), base.district(), year, status, Timestamp.from(Instant.now()));
		plans.add(jdbc.queryForObject("select id from annual_plan where base_id = ? and plan_year = ?", Long.class,
				base.baseId(), year));
	}

	@Test
	void theBasePageDrawsItsScoresAndOperationYearByYearAndExportsThem() throws Exception {
		int[] years = RevocationTests.twoYears();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("历年图表公司", CHAOYANG, BaseType.POINT, date);
		EvaluationFixtures.Designated other = fixtures.designate("历年图表他公司", CHAOYANG, BaseType.POINT, date);
		plan(base, years[0], "ACCEPTED");
		plan(base, years[1], "SUBMITTED");
		published.publish(years[0], date, Set.of());
		published.publish(years[1], date, Set.of());

		String page = mvc.perform(get("/evaluation/bases/{id}/history", base.baseId())
			.with(Principals.role(Role.APPLICANT, CHAOYANG, base.unitId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart-table=\"yearsScores\" data-chart-type=\"line\"")))
			.andExpect(content().string(containsString("data-chart-columns=\"1,2,3,4,5\"")))
			.andExpect(content().string(containsString("/dist/echarts.min.js")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String scores = page.substring(page.indexOf("id=\"yearsScores\""), page.indexOf("id=\"yearsOperation-heading\""));
		assertThat(scores).contains(">" + years[0] + "</a>", ">" + years[1] + "</a>", ">75.0<", ">22.5<", ">36.0<",
				">16.5<");
		String operation = page.substring(page.indexOf("id=\"yearsOperation\""));
		String first = operation.substring(operation.indexOf(">" + years[0] + "</th>"));
		assertThat(first.substring(0, first.indexOf("</tr>"))).contains("已确认");
		String second = operation.substring(operation.indexOf(">" + years[1] + "</th>"));
		assertThat(second.substring(0, second.indexOf("</tr>"))).contains("待区局确认");

		// officers of the district and the bureau see it; another unit and another district do not
		mvc.perform(get("/evaluation/bases/{id}/history", base.baseId())
			.with(Principals.role(Role.IP_OFFICER, CHAOYANG, null))).andExpect(status().isOk());
		mvc.perform(get("/evaluation/bases/{id}/history", base.baseId())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isOk());
		mvc.perform(get("/evaluation/bases/{id}/history", base.baseId())
			.with(Principals.role(Role.APPLICANT, CHAOYANG, other.unitId()))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/bases/{id}/history", base.baseId())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110113", null))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/bases/{id}/history.xlsx", base.baseId())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110113", null))).andExpect(status().isNotFound());

		// the export: a row per year, the scores of the published years and the plan's state
		List<List<String>> rows = ExportedWorkbooks.rows(mvc, get("/evaluation/bases/{id}/history.xlsx", base.baseId())
			.with(Principals.role(Role.DISTRICT_OFFICER, CHAOYANG, null)));
		assertThat(rows.get(0).subList(0, 4)).containsExactly("年度", "等次", "总分", "建设标准落实");
		int plan = rows.get(0).indexOf("年度工作计划");
		List<String> firstYear = rows.stream().filter(r -> r.get(0).equals(String.valueOf(years[0]))).findFirst()
			.orElseThrow();
		assertThat(firstYear.get(1)).isEqualTo("合格");
		assertThat(firstYear.get(2)).isEqualTo("75");
		assertThat(firstYear.get(plan)).isEqualTo("已确认");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'LIST_EXPORTED' "
					+ "and object_type = 'BaseYears' and object_id = ?", Long.class,
					String.valueOf(base.baseId())) > 0);
	}
}
