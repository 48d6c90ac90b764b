package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * The district's issue form of a rectification order keeps what the officer typed when the period cannot be counted
 * (its deadline falls in a year the working-day calendar lacks): the form comes back with the Chinese reason, nothing
 * is saved.
 */
@IntegrationTest
class RectificationFormTests {

	static final String FENGTAI = "110106";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anIssueFormWhosePeriodReachesAYearWithoutCalendarComesBackWithTheTypedValues() throws Exception {
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("整改表单测试公司", FENGTAI, BaseType.POINT, date);
		published.publish(EvaluationFixtures.nextYear(), date, Set.of(base.baseId()));
		long id = jdbc.queryForObject("select id from rectification where base_id = ?", Long.class, base.baseId());
		long version = jdbc.queryForObject("select version from rectification where id = ?", Long.class, id);
		int year = 2095;
		assertThat(jdbc.queryForObject("select count(*) from calendar_year where calendar_year = ?", Long.class, year))
			.isZero();
		clock.setTo(Instant.parse(year + "-03-01T02:00:00Z"));

		mvc.perform(post("/evaluation/rectifications/{id}/issue", id)
			.with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null))
			.with(csrf())
			.param("items", "1. 补齐保密协议台账")
			.param("requiredEvidence", "台账扫描件与签收记录")
			.param("workingDays", "17")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1. 补齐保密协议台账")))
			.andExpect(content().string(containsString("台账扫描件与签收记录")))
			.andExpect(content().string(containsString("value=\"17\"")))
			.andExpect(content().string(containsString("2095 年的节假日安排尚未录入，无法按工作日计算整改期限")))
			.andExpect(content().string(containsString("涉及的年份尚未录入节假日安排")));

		assertThat(jdbc.queryForObject("select status from rectification where id = ?", String.class, id))
			.isEqualTo("PROPOSED");
		assertThat(jdbc.queryForObject("select version from rectification where id = ?", Long.class, id))
			.isEqualTo(version);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'RECTIFICATION_ISSUED' "
				+ "and object_id = ?", Long.class, String.valueOf(id))).isZero();
	}
}
