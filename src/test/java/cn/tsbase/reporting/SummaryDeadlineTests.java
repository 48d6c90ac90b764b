package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.reporting.internal.SummaryDeadlines;
import cn.tsbase.shared.security.Role;

/**
 * The municipal bureau sets the deadline of a year's annual summary reports; each district that has not submitted its
 * report hears of it seven days before (linked to its draft, or to a new report) and once it has passed, each once; a
 * district that submitted hears nothing.
 */
@IntegrationTest
class SummaryDeadlineTests {

	/** A year no other test files summaries in. */
	private static final int YEAR = 2048;
	private static final LocalDate DUE = LocalDate.of(YEAR + 1, 1, 31);
	private static final String XICHENG = "110102";
	private static final String HUAIROU = "110116";
	private static final String PINGGU = "110117";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	SummaryDeadlines deadlines;

	@BeforeEach
	void clean() {
		// a database an earlier run used keeps its deadline, reminders and reports of the year
		jdbc.update("delete from summary_reminder where report_year = ?", YEAR);
		jdbc.update("delete from summary_deadline where report_year = ?", YEAR);
		jdbc.update("delete from summary_report where report_year = ?", YEAR);
	}

	private static RequestPostProcessor bureau() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	private static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	private long notifications(long accountId, String kind, String link) {
		return jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and message_key = ? and link = ?",
				Long.class, accountId, "notification.kind." + kind, link);
	}

	private long notificationsOf(long accountId, String kind) {
		return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = ?",
				Long.class, accountId, "notification.kind." + kind);
	}

	private long draft(String code) throws Exception {
		String location = mvc.perform(post("/reporting/summaries").with(csrf()).with(district(code))
			.param("year", String.valueOf(YEAR))
			.param("workDone", "全年开展培训6场"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void theBureauSetsTheDeadlineAndMovesItOnlyFromTheVersionItSaw() throws Exception {
		mvc.perform(get("/reporting/summaries").param("year", String.valueOf(YEAR)).with(bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("尚未设定" + YEAR + "年度工作总结的报送截止日期")));
		mvc.perform(post("/reporting/summaries/deadline").with(csrf()).with(bureau())
			.param("year", String.valueOf(YEAR))
			.param("dueOn", DUE.toString()))
			.andExpect(redirectedUrl("/reporting/summaries?year=" + YEAR))
			.andExpect(flash().attribute("flashSuccess", "reporting.deadline.saved"));
		assertThat(deadlines.of(YEAR)).hasValueSatisfying(d -> assertThat(d.dueOn()).isEqualTo(DUE));
		mvc.perform(get("/reporting/summaries").param("year", String.valueOf(YEAR)).with(district(HUAIROU)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(YEAR + "年度工作总结报送截止日期：" + DUE)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"deadlineForm\""))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'SUMMARY_DEADLINE_SET'"
					+ " and object_id = ? and detail = ?", Long.class, String.valueOf(YEAR), DUE.toString()) > 0);

		// a second first deadline, or a move from an old version, is a conflict; a move from the current one works
		mvc.perform(post("/reporting/summaries/deadline").with(csrf()).with(bureau())
			.param("year", String.valueOf(YEAR))
			.param("dueOn", DUE.plusDays(3).toString())).andExpect(status().isConflict());
		long version = deadlines.of(YEAR).orElseThrow().version();
		mvc.perform(post("/reporting/summaries/deadline").with(csrf()).with(bureau())
			.param("year", String.valueOf(YEAR))
			.param("dueOn", DUE.plusDays(3).toString())
			.param("version", String.valueOf(version + 1))).andExpect(status().isConflict());
		mvc.perform(post("/reporting/summaries/deadline").with(csrf()).with(bureau())
			.param("year", String.valueOf(YEAR))
			.param("dueOn", DUE.plusDays(3).toString())
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		assertThat(deadlines.of(YEAR).orElseThrow().dueOn()).isEqualTo(DUE.plusDays(3));

		// bad input is refused without a change: no date, a date that is no date, a date years away
		mvc.perform(post("/reporting/summaries/deadline").with(csrf()).with(bureau())
			.param("year", String.valueOf(YEAR))
			.param("dueOn", "明天"))
			.andExpect(flash().attribute("flashError", "reporting.deadline.invalid"));
		mvc.perform(post("/reporting/summaries/deadline").with(csrf()).with(bureau())
			.param("year", String.valueOf(YEAR))
			.param("dueOn", "2090-01-01")
			.param("version", String.valueOf(version + 1))).andExpect(status().isBadRequest());
		assertThat(deadlines.of(YEAR).orElseThrow().dueOn()).isEqualTo(DUE.plusDays(3));
		mvc.perform(post("/reporting/summaries/deadline").with(csrf()).with(district(HUAIROU))
			.param("year", String.valueOf(YEAR))
			.param("dueOn", DUE.toString())).andExpect(status().isForbidden());
	}

	@Test
	void districtsNotFiledAreRemindedBeforeTheDeadlineAndWhenItPassedEachOnce() throws Exception {
		long huairou = accounts.official(Role.DISTRICT_OFFICER, HUAIROU).getId();
		long pinggu = accounts.official(Role.DISTRICT_OFFICER, PINGGU).getId();
		long xicheng = accounts.official(Role.DISTRICT_OFFICER, XICHENG).getId();
		long draft = draft(HUAIROU);
		long filed = draft(XICHENG);
		mvc.perform(post("/reporting/summaries/{id}/submit", filed).with(csrf()).with(district(XICHENG))
			.param("version", String.valueOf(jdbc.queryForObject(
					"select version from summary_report where id = ?", Long.class, filed))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/reporting/summaries/deadline").with(csrf()).with(bureau())
			.param("year", String.valueOf(YEAR))
			.param("dueOn", DUE.toString())).andExpect(status().is3xxRedirection());

		assertThat(deadlines.remind(DUE.minusDays(8))).isZero();
		assertThat(deadlines.remind(DUE.minusDays(7))).isPositive();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(huairou, "SUMMARY_REPORT_DUE", "/reporting/summaries/" + draft) == 1
					&& notifications(pinggu, "SUMMARY_REPORT_DUE", "/reporting/summaries/new?year=" + YEAR) == 1);
		assertThat(deadlines.remind(DUE.minusDays(1))).as("once before the deadline").isZero();
		assertThat(deadlines.remind(DUE)).isZero();

		assertThat(deadlines.remind(DUE.plusDays(1))).isPositive();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(huairou, "SUMMARY_REPORT_OVERDUE", "/reporting/summaries/" + draft) == 1
					&& notifications(pinggu, "SUMMARY_REPORT_OVERDUE", "/reporting/summaries/new?year=" + YEAR) == 1);
		assertThat(deadlines.remind(DUE.plusDays(2))).as("once after it").isZero();
		assertThat(deadlines.remind(DUE.plusDays(40))).isZero();
		assertThat(notifications(huairou, "SUMMARY_REPORT_DUE", "/reporting/summaries/" + draft)).isEqualTo(1);
		// the district that submitted hears nothing
		assertThat(notificationsOf(xicheng, "SUMMARY_REPORT_DUE")).isZero();
		assertThat(notificationsOf(xicheng, "SUMMARY_REPORT_OVERDUE")).isZero();
	}
}
