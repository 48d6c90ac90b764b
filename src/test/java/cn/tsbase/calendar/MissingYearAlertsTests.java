package cn.tsbase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.account.TestAccount;
import cn.tsbase.calendar.internal.MissingYearAlerts;
import cn.tsbase.shared.security.Role;

/** A year about to be relied on without a calendar is flagged to the system administrators, once. */
@IntegrationTest
class MissingYearAlertsTests {

	@Autowired
	MissingYearAlerts alerts;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long notifications(long accountId, String year) {
		return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = "
				+ "'notification.kind.CALENDAR_YEAR_MISSING' and link = ?", Long.class, accountId,
				"/admin/calendar?year=" + year);
	}

	@Test
	void fromNovemberTheNextYearIsFlaggedOnceToTheSystemAdministratorsOnly() {
		TestAccount admin = accounts.official(Role.SYSTEM_ADMIN, null);
		TestAccount officer = accounts.official(Role.MUNICIPAL_OFFICER, null);

		clock.setTo(Instant.parse("2034-10-20T02:00:00Z"));
		assertThat(alerts.alert()).as("2034 itself is missing").isEqualTo(1);
		clock.setTo(Instant.parse("2034-11-20T02:00:00Z"));
		assertThat(alerts.alert()).as("from November, 2035 too; 2034 was flagged already").isEqualTo(1);
		assertThat(alerts.alert()).as("nothing twice").isZero();

		await().atMost(Duration.ofSeconds(10)).until(() -> notifications(admin.getId(), "2035") == 1);
		assertThat(notifications(admin.getId(), "2034")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select message_args from notification where recipient_id = ? and link = ?",
				String.class, admin.getId(), "/admin/calendar?year=2035")).contains("2035");
		assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = "
				+ "'notification.kind.CALENDAR_YEAR_MISSING'", Long.class, officer.getId())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from calendar_missing_alert where calendar_year in (2034, 2035)",
				Long.class)).isEqualTo(2);
	}
}
