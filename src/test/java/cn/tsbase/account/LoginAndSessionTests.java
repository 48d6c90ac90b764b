package cn.tsbase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.WebClient;
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.shared.security.Role;

/** Login, lockout and sessions over real HTTP, with the real filter chain and the shared session store. */
@IntegrationTest
class LoginAndSessionTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	UnitFixtures units;

	@Autowired
	AccountService accountService;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private WebClient client() {
		return new WebClient(port);
	}

	private static void assertLoggedIn(HttpResponse<String> login) {
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(login)).doesNotContain("/login");
	}

	private static void assertRefused(HttpResponse<String> login) {
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(login)).endsWith("/login?error");
	}

	@Test
	void aLoginReturnsToThePageAskedForButNeverToAnHtmxFragment() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		WebClient page = client();
		page.get("/units?q=abc");
		assertThat(WebClient.location(page.login(officer.username(), AccountFixtures.PASSWORD)))
			.contains("/units");

		WebClient fragment = client();
		fragment.get("/units?q=abc", Map.of("HX-Request", "true"));
		assertThat(WebClient.location(fragment.login(officer.username(), AccountFixtures.PASSWORD)))
			.doesNotContain("/units")
			.doesNotContain("/login");
	}

	@Test
	void loginIssuesANewSessionIdAndTheUserIsKnown() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		WebClient browser = client();
		browser.get("/login");
		String before = browser.sessionId().orElseThrow();

		assertLoggedIn(browser.login(officer.username(), AccountFixtures.PASSWORD));

		assertThat(browser.sessionId()).get().isNotEqualTo(before);
		HttpResponse<String> me = browser.get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(officer.username(), "DISTRICT_OFFICER", "110102");
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		HttpResponse<String> wrongPassword = client().login(officer.username(), "Wrong#Password1");
		HttpResponse<String> unknownUser = client().login("nobody_" + System.nanoTime(), "Wrong#Password1");

		assertRefused(wrongPassword);
		assertRefused(unknownUser);
		assertThat(WebClient.location(wrongPassword)).isEqualTo(WebClient.location(unknownUser));
		String page = client().get("/login?error").body();
		assertThat(page).contains("用户名或密码错误");
	}

	@Test
	void fiveFailuresLockTheAccountForThirtyMinutesEvenAgainstTheRightPassword() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		for (int i = 0; i < 5; i++) {
			assertRefused(client().login(officer.username(), "Wrong#Password" + i));
		}

		assertRefused(client().login(officer.username(), AccountFixtures.PASSWORD));

		clock.advance(Duration.ofMinutes(29));
		assertRefused(client().login(officer.username(), AccountFixtures.PASSWORD));
		clock.advance(Duration.ofMinutes(2));
		assertLoggedIn(client().login(officer.username(), AccountFixtures.PASSWORD));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ACCOUNT_LOCKED' "
					+ "and object_id = ?", Long.class, officer.username()) == 1);
	}

	@Test
	void loginsAndFailuresAreAudited() {
		AccountView officer = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);
		client().login(officer.username(), "Wrong#Password1");
		WebClient browser = client();
		browser.login(officer.username(), AccountFixtures.PASSWORD);
		browser.logout();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select event from audit_entry where actor = ? order by seq", String.class, officer.username()))
			.containsSubsequence("LOGIN_FAILURE", "LOGIN_SUCCESS", "LOGOUT"));
		var failure = jdbc.queryForMap("select outcome, ip, occurred_at from audit_entry where actor = ? and "
				+ "event = 'LOGIN_FAILURE'", officer.username());
		assertThat(failure.get("outcome")).isEqualTo("FAILURE");
		assertThat(failure.get("ip")).isNotNull();
	}

	@Test
	void logoutEndsTheSessionForGood() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		WebClient browser = client();
		browser.login(officer.username(), AccountFixtures.PASSWORD);
		String session = browser.sessionId().orElseThrow();

		HttpResponse<String> logout = browser.logout();

		assertThat(WebClient.location(logout)).endsWith("/login?logout");
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
		WebClient thief = client();
		thief.useSessionOf(session);
		assertThat(thief.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void anInitialPasswordMustBeChangedBeforeAnythingElse() {
		AccountFixtures.InitialAccount created = accounts.withInitialPassword(Role.DISTRICT_OFFICER, "110102");
		String username = created.account().username();
		WebClient browser = client();
		assertLoggedIn(browser.login(username, created.initialPassword()));

		HttpResponse<String> units = browser.get("/units");
		assertThat(units.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(units)).endsWith("/account/password");
		assertThat(browser.get("/api/v1/units").statusCode()).isEqualTo(403);

		browser.get("/account/password");
		HttpResponse<String> reused = browser.post("/account/password", Map.of("currentPassword",
				created.initialPassword(), "newPassword", created.initialPassword(), "confirmPassword",
				created.initialPassword()));
		assertThat(reused.statusCode()).isEqualTo(200);
		assertThat(reused.body()).contains("不得与最近");

		HttpResponse<String> changed = browser.post("/account/password", Map.of("currentPassword",
				created.initialPassword(), "newPassword", "Harbour!Violet58", "confirmPassword", "Harbour!Violet58"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(browser.get("/units").statusCode()).isEqualTo(200);
		assertLoggedIn(client().login(username, "Harbour!Violet58"));
	}

	@Test
	void aPasswordOlderThanNinetyDaysMustBeChanged() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		clock.advance(Duration.ofDays(91));
		WebClient browser = client();
		assertLoggedIn(browser.login(officer.username(), AccountFixtures.PASSWORD));
		assertThat(WebClient.location(browser.get("/units"))).endsWith("/account/password");
	}

	@Test
	void aSessionEndsAfterEightHoursHoweverActive() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		WebClient browser = client();
		browser.login(officer.username(), AccountFixtures.PASSWORD);
		clock.advance(Duration.ofHours(7));
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);

		clock.advance(Duration.ofHours(1).plusMinutes(1));

		HttpResponse<String> page = browser.get("/units");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(page)).contains("/login");
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void disablingAnAccountEndsItsLiveSessions() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		WebClient browser = client();
		browser.login(officer.username(), AccountFixtures.PASSWORD);
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);

		accountService.disable(officer.id(), accountService.get(officer.id()).version());

		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
		assertRefused(client().login(officer.username(), AccountFixtures.PASSWORD));
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsOnly() {
		UnitFixtures.RegisteredUnit registered = units.register("会话测试单位", "110102");
		WebClient laptop = client();
		WebClient phone = client();
		laptop.login(registered.username(), UnitFixtures.PASSWORD);
		phone.login(registered.username(), UnitFixtures.PASSWORD);

		laptop.get("/account/password");
		HttpResponse<String> changed = laptop.post("/account/password", Map.of("currentPassword",
				UnitFixtures.PASSWORD, "newPassword", "Harbour!Violet58", "confirmPassword", "Harbour!Violet58"));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(laptop.get("/unit/profile").statusCode()).isEqualTo(200);
		assertThat(phone.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void aFourthParallelSessionEndsTheOldest() {
		AccountView officer = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);
		WebClient first = client();
		first.login(officer.username(), AccountFixtures.PASSWORD);
		for (int i = 0; i < 3; i++) {
			assertLoggedIn(client().login(officer.username(), AccountFixtures.PASSWORD));
		}
		HttpResponse<String> old = first.get("/units");
		assertThat(old.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(old)).contains("/login");
	}
}
