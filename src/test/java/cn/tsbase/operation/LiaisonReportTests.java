package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.internal.OperationReminders;
import cn.tsbase.shared.security.Role;

/**
 * Liaison reports (联络报告): the unit files per period with problems as separate items, the district accepts or
 * returns, each problem is tracked to closure, lateness is counted on the working-day calendar, reminders go out once.
 */
@IntegrationTest
class LiaisonReportTests {

	static final String FANGSHAN = "110111";

	static final String YANQING = "110229";

	static final String MIYUN = "110228";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OperationReminders reminders;

	@Autowired
	OperationManagement operation;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	static RequestPostProcessor unit(OperationFixtures.Designated base) {
		return Principals.role(Role.LIAISON, base.district(), base.unitId());
	}

	static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	private String reportUrl(OperationFixtures.Designated base, String period) {
		return "/operation/bases/" + base.baseId() + "/liaison-reports/" + period;
	}

	private long reportVersion(OperationFixtures.Designated base, String period) {
		return jdbc.queryForObject("select version from liaison_report where base_id = ? and period_start = ?",
				Long.class, base.baseId(), LocalDate.parse(period));
	}

	private ResultActions write(OperationFixtures.Designated base, String period, long version, String... problems)
			throws Exception {
		var request = post(reportUrl(base, period)).with(unit(base))
			.with(csrf())
			.param("workStatus", "本季度开展两次培训，修订保密制度。")
			.param("suggestions", "希望区局组织同行交流。")
			.param("typicalCases", "员工离职带走客户名单，经约谈后返还。")
			.param("version", String.valueOf(version));
		for (int i = 0; i < problems.length; i++) {
			request.param("problems[" + i + "]", problems[i]);
		}
		return mvc.perform(request);
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void aReportIsReturnedOnceThenAcceptedAndEachProblemIsTrackedToAnAnswerTheBaseSees() throws Exception {
		var base = fixtures.designate("联络报告科技有限公司", FANGSHAN, BaseType.POINT);
		String period = "2026-10-01";
		write(base, period, -1, "员工保密意识薄弱", "", "缺少涉密载体管理经验").andExpect(status().is3xxRedirection());
		Document draft = page(reportUrl(base, period), unit(base));
		assertThat(draft.select("#reportForm textarea.problem-input").eachText()).contains("员工保密意识薄弱",
				"缺少涉密载体管理经验");
		mvc.perform(post(reportUrl(base, period) + "/submit").with(unit(base))
			.with(csrf())
			.param("version", String.valueOf(reportVersion(base, period)))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("select status from liaison_problem where base_id = ? order by id", String.class,
				base.baseId())).containsExactly("OPEN", "OPEN");

		// the district returns it with a reason; the unit corrects it and submits again
		mvc.perform(post(reportUrl(base, period) + "/return").with(district(FANGSHAN))
			.with(csrf())
			.param("reason", "请补充培训人数")
			.param("version", String.valueOf(reportVersion(base, period)))).andExpect(status().is3xxRedirection());
		assertThat(page(reportUrl(base, period), unit(base)).select("#returnReason").text()).contains("请补充培训人数");
		write(base, period, reportVersion(base, period)).andExpect(status().is3xxRedirection());
		mvc.perform(post(reportUrl(base, period) + "/submit").with(unit(base))
			.with(csrf())
			.param("version", String.valueOf(reportVersion(base, period)))).andExpect(status().is3xxRedirection());
		mvc.perform(post(reportUrl(base, period) + "/accept").with(district(FANGSHAN))
			.with(csrf())
			.param("version", String.valueOf(reportVersion(base, period)))).andExpect(status().is3xxRedirection());
		mvc.perform(post(reportUrl(base, period) + "/accept").with(district(FANGSHAN))
			.with(csrf())
			.param("version", String.valueOf(reportVersion(base, period)))).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select status from liaison_report where base_id = ?", String.class,
				base.baseId())).isEqualTo("ACCEPTED");
		// the raised problems stayed as they were: the resubmission did not duplicate them
		List<Long> problemIds = jdbc.queryForList("select id from liaison_problem where base_id = ? order by id",
				Long.class, base.baseId());
		assertThat(problemIds).hasSize(2);

		// the district's open problems: one page, with age
		Document open = page("/operation/liaison-problems", district(FANGSHAN));
		assertThat(open.select("#problem-" + problemIds.get(0)).text()).contains("员工保密意识薄弱", "0 天");
		assertThat(page("/operation/liaison-problems", district("110108")).select("#problem-" + problemIds.get(0)))
			.isEmpty();

		// one answered and closed by the district, the other forwarded and closed by the municipal bureau
		long first = problemIds.get(0);
		long second = problemIds.get(1);
		mvc.perform(post("/operation/liaison-problems/{id}/reply", first).with(district(FANGSHAN))
			.with(csrf())
			.param("text", "区局将组织专题培训")
			.param("version", String.valueOf(problemVersion(first)))).andExpect(flash().attribute("flashSuccess", "operation.problem.replied"));
		mvc.perform(post("/operation/liaison-problems/{id}/close", first).with(district(FANGSHAN))
			.with(csrf())
			.param("text", "已于11月组织专题培训")
			.param("version", String.valueOf(problemVersion(first)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/operation/liaison-problems/{id}/close", second)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.with(csrf())
			.param("text", "市局答复")
			.param("version", String.valueOf(problemVersion(second)))).andExpect(status().isConflict());
		mvc.perform(post("/operation/liaison-problems/{id}/forward", second).with(district(FANGSHAN))
			.with(csrf())
			.param("text", "需市局协调载体管理规范")
			.param("version", String.valueOf(problemVersion(second)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/operation/liaison-problems/{id}/close", second).with(district(FANGSHAN))
			.with(csrf())
			.param("text", "")
			.param("version", String.valueOf(problemVersion(second))))
			.andExpect(flash().attribute("flashError", "operation.problem.textRequired"));
		assertThat(operation.openProblems(base.baseId())).singleElement()
			.satisfies(p -> assertThat(p.forwardedToMunicipal()).isTrue());
		mvc.perform(post("/operation/liaison-problems/{id}/close", second)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.with(csrf())
			.param("text", "市局已发布载体管理指引")
			.param("version", String.valueOf(problemVersion(second)))).andExpect(status().is3xxRedirection());

		Document seen = page(reportUrl(base, period), unit(base));
		assertThat(seen.select("#problem-" + first + " .answer").text()).isEqualTo("已于11月组织专题培训");
		assertThat(seen.select("#problem-" + second + " .answer").text()).isEqualTo("市局已发布载体管理指引");
		assertThat(operation.openProblems(base.baseId())).isEmpty();
		// audit entries name the period or the problem, never the texts
		assertThat(jdbc.queryForList("select detail from audit_entry where event like 'LIAISON_%' and (object_id = ? "
				+ "or object_id = ? or object_id = ?)", String.class, base.baseId() + "/" + period,
				String.valueOf(first), String.valueOf(second)))
			.hasSizeGreaterThanOrEqualTo(8)
			.noneMatch(d -> d != null && (d.contains("保密") || d.contains("市局")));
	}

	private long scheduleVersion(String district) {
		return jdbc.queryForList("select version from liaison_schedule where district_code = ?", Long.class, district)
			.stream()
			.findFirst()
			.orElse(0L);
	}

	private long problemVersion(long id) {
		return jdbc.queryForObject("select version from liaison_problem where id = ?", Long.class, id);
	}

	@Test
	void aReportFiledAfterItsDueDateOnTheWorkingDayCalendarIsLateAndAnUnfiledOneIsOverdue() throws Exception {
		var base = fixtures.designate("逾期报告科技有限公司", FANGSHAN, BaseType.POINT);
		jdbc.update("update base_profile set created_at = ? where base_id = ?",
				java.sql.Timestamp.valueOf("2024-12-20 00:00:00"), base.baseId());
		write(base, "2025-01-01", -1).andExpect(status().is3xxRedirection());
		mvc.perform(post(reportUrl(base, "2025-01-01") + "/submit").with(unit(base))
			.with(csrf())
			.param("version", String.valueOf(reportVersion(base, "2025-01-01"))))
			.andExpect(status().is3xxRedirection());

		Document year = page("/operation/bases/" + base.baseId() + "/liaison-reports?year=2025",
				district(FANGSHAN));
		// 10 working days after 2025-03-31, skipping the Qingming holiday (4–6 April)
		assertThat(year.select("tr[id=period-2025-01-01]").text()).as(year.select("#periodTable").outerHtml()).contains("2025-04-15", "逾期报送");
		assertThat(year.select("tr[id=period-2025-04-01] td.standing").text()).isEqualTo("已逾期未报送");
		assertThat(year.select("#periodTable tbody tr")).hasSize(4);
		assertThat(jdbc.queryForObject("select late from liaison_report where base_id = ?", Boolean.class,
				base.baseId())).isTrue();

		var tally = operation.reports(base.baseId(), 2025);
		assertThat(tally).isEqualTo(new OperationManagement.ReportTally(4, 0, 1, 3));
	}

	@Test
	void theDistrictSetsAMonthlyScheduleAndOnlyTheUnitWritesOnlyStartedPeriods() throws Exception {
		var base = fixtures.designate("月报科技有限公司", YANQING, BaseType.POINT);
		mvc.perform(post("/operation/liaison-schedule").with(district(YANQING))
			.with(csrf())
			.param("interval", "MONTHLY")
			.param("dueWorkingDays", "0")
			.param("version", "0")).andExpect(status().isOk());
		mvc.perform(post("/operation/liaison-schedule").with(district(YANQING))
			.with(csrf())
			.param("interval", "MONTHLY")
			.param("dueWorkingDays", "5")
			.param("version", String.valueOf(scheduleVersion(YANQING)))).andExpect(status().is3xxRedirection());
		Document year = page("/operation/bases/" + base.baseId() + "/liaison-reports?year=2025", unit(base));
		assertThat(year.select("#periodTable tbody tr")).hasSize(12);

		// a quarter start that is not a month start of the schedule is no period; a future period cannot be written
		mvc.perform(get(reportUrl(base, "2025-02-15")).with(unit(base))).andExpect(status().isNotFound());
		write(base, LocalDate.now().plusMonths(2).withDayOfMonth(1).toString(), -1).andExpect(status().isConflict());
		// the district and other units do not write the unit's report; other districts do not see it
		mvc.perform(post(reportUrl(base, "2025-02-01")).with(district(YANQING))
			.with(csrf())
			.param("workStatus", "代填")
			.param("version", "-1")).andExpect(status().isForbidden());
		mvc.perform(post(reportUrl(base, "2025-02-01")).with(Principals.role(Role.APPLICANT, YANQING, 1L))
			.with(csrf())
			.param("workStatus", "代填")
			.param("version", "-1")).andExpect(status().isNotFound());
		mvc.perform(get(reportUrl(base, "2025-02-01")).with(district("110108"))).andExpect(status().isNotFound());
		// submitting an empty report is refused with a clear conflict
		mvc.perform(post(reportUrl(base, "2025-03-01")).with(unit(base))
			.with(csrf())
			.param("workStatus", "")
			.param("version", "-1")).andExpect(status().is3xxRedirection());
		mvc.perform(post(reportUrl(base, "2025-03-01") + "/submit").with(unit(base))
			.with(csrf())
			.param("version", String.valueOf(reportVersion(base, "2025-03-01")))).andExpect(status().isConflict());
	}

	@Test
	void remindersOfAReportDueAndThenOverdueGoOutOncePerBaseAndPeriod() throws Exception {
		var base = fixtures.designate("提醒报告科技有限公司", MIYUN, BaseType.POINT);
		var filed = fixtures.designate("已报科技有限公司", MIYUN, BaseType.POINT);
		jdbc.update("update base_profile set created_at = ? where base_id in (?, ?)",
				java.sql.Timestamp.valueOf("2025-01-01 00:00:00"), base.baseId(), filed.baseId());
		write(filed, "2026-01-01", -1).andExpect(status().is3xxRedirection());
		mvc.perform(post(reportUrl(filed, "2026-01-01") + "/submit").with(unit(filed))
			.with(csrf())
			.param("version", String.valueOf(reportVersion(filed, "2026-01-01"))));

		reminders.remind(LocalDate.of(2026, 4, 8));
		reminders.remind(LocalDate.of(2026, 4, 9));
		assertThat(kinds(base)).containsExactly("REPORT_DUE");
		reminders.remind(LocalDate.of(2026, 5, 6));
		reminders.remind(LocalDate.of(2026, 5, 7));
		assertThat(kinds(base)).containsExactly("REPORT_DUE", "REPORT_OVERDUE");
		assertThat(kinds(filed)).isEmpty();
	}

	private List<String> kinds(OperationFixtures.Designated base) {
		return jdbc.queryForList("select kind from liaison_reminder where base_id = ? order by sent_at, kind",
				String.class, base.baseId());
	}
}
