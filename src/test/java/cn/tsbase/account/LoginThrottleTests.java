package cn.tsbase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.shared.security.Role;

/**
 * Nobody can keep someone else locked out (ADR 0011): failed logins are throttled per account and source address, an
 * account failing from many sources is locked only for sources it never logged in from, and spraying patterns alert
 * the security administrators. Logins go through the real filter chain with the client address of each request.
 */
@IntegrationTest
@RecordApplicationEvents
class LoginThrottleTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

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

	/** A source address no other test uses. */
	static String source() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	/** Logs in from the address; returns where the login sent the browser. */
	String login(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void anAttackerFailingFromOneAddressDoesNotStopTheOwnerLoggingInFromAnother() throws Exception {
		AccountView officer = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);
		String attacker = source();
		String owner = source();
		for (int i = 0; i < 8; i++) {
			assertThat(login(officer.username(), "Wrong#Guess" + i, attacker)).endsWith("/login?error");
		}

		assertThat(login(officer.username(), AccountFixtures.PASSWORD, attacker))
			.as("the attacker's address is stopped even with the right password").endsWith("/login?error");
		assertThat(login(officer.username(), AccountFixtures.PASSWORD, owner))
			.as("the owner logs in from elsewhere").doesNotContain("/login");
		assertThat(login(officer.username(), AccountFixtures.PASSWORD, attacker))
			.as("the owner's login does not free the attacker").endsWith("/login?error");

		clock.advance(Duration.ofMinutes(31));
		assertThat(login(officer.username(), AccountFixtures.PASSWORD, attacker)).doesNotContain("/login");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ACCOUNT_LOCKED' "
					+ "and object_id = ? and ip = ?", Long.class, officer.username(), attacker) == 1);
	}

	@Test
	void failuresFromManySourcesLockTheAccountOnlyForSourcesItNeverLoggedInFrom() throws Exception {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		String office = source();
		assertThat(login(officer.username(), AccountFixtures.PASSWORD, office)).doesNotContain("/login");
		for (int i = 0; i < 20; i++) {
			login(officer.username(), "Wrong#Guess" + i, source());
		}

		assertThat(login(officer.username(), AccountFixtures.PASSWORD, source()))
			.as("a new source is refused while the account is under attack").endsWith("/login?error");
		assertThat(login(officer.username(), AccountFixtures.PASSWORD, office))
			.as("the owner's usual source still passes").doesNotContain("/login");
	}

	@Test
	void oneAccountFailingFromManySourcesAlertsTheSecurityAdministrators() throws Exception {
		AccountView securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		AccountView officer = accounts.officialAccount(Role.IP_OFFICER, "110102");
		for (int i = 0; i < 5; i++) {
			login(officer.username(), "Wrong#Guess" + i, source());
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> alerts(securityAdmin,
				"notification.kind.LOGIN_FAILURES_FROM_MANY_SOURCES", officer.username()) == 1);
		events.clear();
		login(officer.username(), "Wrong#Guess6", source());
		// the alert is raised while the login fails, on its thread: once the login has answered, none was raised
		assertThat(events.stream(LoginAttackSuspected.class)
			.filter(attack -> attack.subject().equals(officer.username()))).as("one alert per window").isEmpty();
		assertThat(alerts(securityAdmin, "notification.kind.LOGIN_FAILURES_FROM_MANY_SOURCES",
				officer.username())).isEqualTo(1);
	}

	@Test
	void manyAccountsFailingFromOneSourceAlertsTheSecurityAdministrators() throws Exception {
		AccountView securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		String sprayer = source();
		for (int i = 0; i < 10; i++) {
			login(AccountFixtures.uniqueUsername("sprayed"), "Spring#2026", sprayer);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> alerts(securityAdmin, "notification.kind.LOGIN_SPRAYING_FROM_SOURCE", sprayer) == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where event = 'LOGIN_ATTACK_SUSPECTED' and object_id = ?",
				Long.class, sprayer) == 1);
	}

	private long alerts(AccountView recipient, String key, String subject) {
		return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = ? "
				+ "and message_args like ?", Long.class, recipient.id(), key, "%" + subject + "%");
	}
}
