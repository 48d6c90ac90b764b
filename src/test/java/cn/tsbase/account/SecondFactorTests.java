package cn.tsbase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.WebClient;
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.account.internal.TotpCodes;
import cn.tsbase.shared.security.Role;

/**
 * The second factor over real HTTP: enrollment with an authenticator app, the code after the password, each code
 * working once, wrong codes stopping the source, and the removal of a lost factor by two people.
 */
@IntegrationTest
class SecondFactorTests {

	static final Pattern SECRET = Pattern.compile("id=\"secondFactorSecret\">([A-Z2-7 ]+)<");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	AccountService accountService;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** Logs in with the password and enrolls a factor from the enrollment page; returns the secret as shown. */
	static String enroll(WebClient browser, MutableClock clock) {
		HttpResponse<String> page = browser.get("/account/second-factor");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"secondFactorQr\"", "src=\"data:image/svg+xml;base64,");
		Matcher matcher = SECRET.matcher(page.body());
		assertThat(matcher.find()).as("the enrollment page shows the secret").isTrue();
		String secret = matcher.group(1).replace(" ", "");
		HttpResponse<String> confirmed = browser.post("/account/second-factor",
				Map.of("code", TotpCodes.at(secret, clock.instant())));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(confirmed)).endsWith("/");
		return secret;
	}

	private WebClient loggedIn(AccountView account) {
		WebClient browser = new WebClient(port);
		HttpResponse<String> login = browser.login(account.username(), AccountFixtures.PASSWORD);
		assertThat(WebClient.location(login)).doesNotContain("/login?error");
		// the page with the code form, and the CSRF token of the new session
		browser.get("/login/second-factor");
		return browser;
	}

	private long factors(AccountView account) {
		return jdbc.queryForObject("select count(*) from second_factor where user_id = ?", Long.class, account.id());
	}

	private long audited(String event, AccountView account) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, account.username());
	}

	@Test
	void anOfficialEnrollsWithACodeFromTheAppAndTheSecretIsStoredSealed() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		WebClient browser = loggedIn(officer);

		String secret = enroll(browser, clock);

		assertThat(factors(officer)).isEqualTo(1);
		String sealed = jdbc.queryForObject("select secret_sealed from second_factor where user_id = ?", String.class,
				officer.id());
		assertThat(sealed).doesNotContain(secret);
		assertThat(browser.get("/account/second-factor").body()).contains("id=\"secondFactorEnrolled\"")
			.doesNotContain(secret);
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SECOND_FACTOR_ENROLLED", officer) == 1);
	}

	@Test
	void aWrongCodeAtEnrollmentEnrollsNothingAndKeepsTheSameSecret() {
		AccountView officer = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);
		WebClient browser = loggedIn(officer);
		Matcher first = SECRET.matcher(browser.get("/account/second-factor").body());
		assertThat(first.find()).isTrue();
		String secret = first.group(1).replace(" ", "");

		HttpResponse<String> refused = browser.post("/account/second-factor",
				Map.of("code", TotpCodes.wrongAt(secret, clock.instant())));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"codeError\"", first.group(1));
		assertThat(factors(officer)).isZero();
	}

	@Test
	void afterThePasswordNothingButTheCodeIsOpenAndTheRightCodeOpensEverything() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		String secret = enroll(loggedIn(officer), clock);
		clock.advance(Duration.ofSeconds(30));

		WebClient browser = new WebClient(port);
		HttpResponse<String> login = browser.login(officer.username(), AccountFixtures.PASSWORD);
		assertThat(WebClient.location(login)).doesNotContain("/login?error");
		assertThat(WebClient.location(browser.get("/"))).endsWith("/login/second-factor");
		assertThat(WebClient.location(browser.get("/review/declarations"))).endsWith("/login/second-factor");
		assertThat(WebClient.location(browser.get("/account/password"))).endsWith("/login/second-factor");
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(403);
		HttpResponse<String> challenge = browser.get("/login/second-factor");
		assertThat(challenge.statusCode()).isEqualTo(200);
		assertThat(challenge.body()).contains("id=\"secondFactorForm\"");

		HttpResponse<String> wrong = browser.post("/login/second-factor",
				Map.of("code", TotpCodes.wrongAt(secret, clock.instant())));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"codeError\"");
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(403);

		String before = browser.sessionId().orElseThrow();
		HttpResponse<String> right = browser.post("/login/second-factor",
				Map.of("code", TotpCodes.at(secret, clock.instant())));
		assertThat(right.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(right)).endsWith("/");
		assertThat(browser.sessionId()).get().isNotEqualTo(before);
		HttpResponse<String> me = browser.get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("DISTRICT_OFFICER");
		assertThat(browser.get("/review/declarations").statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SECOND_FACTOR_SUCCESS", officer) == 1
				&& audited("SECOND_FACTOR_FAILURE", officer) == 1);
	}

	@Test
	void aCodeWorksOnlyOnce() {
		AccountView officer = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);
		String secret = enroll(loggedIn(officer), clock);
		// the code that confirmed the enrollment is spent already
		WebClient replay = loggedIn(officer);
		assertThat(replay.post("/login/second-factor", Map.of("code", TotpCodes.at(secret, clock.instant())))
			.statusCode()).isEqualTo(200);

		clock.advance(Duration.ofSeconds(30));
		String code = TotpCodes.at(secret, clock.instant());
		WebClient first = loggedIn(officer);
		assertThat(WebClient.location(first.post("/login/second-factor", Map.of("code", code)))).endsWith("/");
		WebClient second = loggedIn(officer);
		HttpResponse<String> reused = second.post("/login/second-factor", Map.of("code", code));

		assertThat(reused.statusCode()).isEqualTo(200);
		assertThat(reused.body()).contains("id=\"codeError\"");
		assertThat(second.get("/api/v1/me").statusCode()).isEqualTo(403);
	}

	@Test
	void wrongCodesCountTowardsTheLockoutAndLoggingInAgainDoesNotClearThem() {
		AccountView officer = accounts.officialAccount(Role.IP_OFFICER, "110102");
		String secret = enroll(loggedIn(officer), clock);
		clock.advance(Duration.ofSeconds(30));
		String wrong = TotpCodes.wrongAt(secret, clock.instant());

		WebClient browser = loggedIn(officer);
		for (int i = 0; i < 4; i++) {
			assertThat(browser.post("/login/second-factor", Map.of("code", wrong)).statusCode()).isEqualTo(200);
		}
		browser.logout();
		WebClient again = loggedIn(officer);
		HttpResponse<String> fifth = again.post("/login/second-factor", Map.of("code", wrong));

		assertThat(fifth.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(fifth)).endsWith("/login?locked");
		assertThat(again.get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(WebClient.location(new WebClient(port).login(officer.username(), AccountFixtures.PASSWORD)))
			.endsWith("/login?error");
		assertThat(new WebClient(port).get("/login?locked").body()).contains("id=\"loginLocked\"");
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("ACCOUNT_LOCKED", officer) == 1);
	}

	private long requestRemoval(AccountView admin, AccountView holder) throws Exception {
		mvc.perform(post("/admin/accounts/{id}/second-factor-removal", holder.id()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(accountService.get(holder.id()).version()))
			.param("reason", "手机丢失，已当面核实身份"))
			.andExpect(status().isFound());
		return jdbc.queryForObject("select id from second_factor_removal where user_id = ? and status = 'PENDING'",
				Long.class, holder.id());
	}

	private long removalVersion(long requestId) {
		return jdbc.queryForObject("select version from second_factor_removal where id = ?", Long.class, requestId);
	}

	@Test
	void removingALostFactorNeedsTheSecurityAdministratorsApprovalAndItsHolderEnrollsAgain() throws Exception {
		AccountView systemAdmin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		AccountView officer = accounts.officialAccountWithEmail(Role.GUIDANCE_OFFICER, "110102", "guide@example.com");
		enroll(loggedIn(officer), clock);
		clock.advance(Duration.ofSeconds(30));
		WebClient pending = loggedIn(officer);

		long requestId = requestRemoval(systemAdmin, officer);

		assertThat(factors(officer)).as("a request alone removes nothing").isEqualTo(1);
		assertThat(WebClient.location(loggedIn(officer).get("/")))
			.as("the holder is still asked for the code").endsWith("/login/second-factor");
		mvc.perform(post("/security/second-factor-removals/{id}/approve", requestId).with(csrf())
			.with(AccountPrincipals.as(systemAdmin))
			.param("version", String.valueOf(removalVersion(requestId)))).andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/security/second-factor-removals").with(AccountPrincipals.as(securityAdmin)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(officer.username())));

		mvc.perform(post("/security/second-factor-removals/{id}/approve", requestId).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(removalVersion(requestId)))).andExpect(status().isFound());

		assertThat(factors(officer)).isZero();
		assertThat(pending.get("/api/v1/me").statusCode()).as("the holder's sessions ended").isEqualTo(401);
		WebClient browser = new WebClient(port);
		browser.login(officer.username(), AccountFixtures.PASSWORD);
		assertThat(WebClient.location(browser.get("/")))
			.as("re-enrollment is forced although enforcement is off here").endsWith("/account/second-factor");
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(403);
		enroll(browser, clock);
		assertThat(factors(officer)).isEqualTo(1);
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SECOND_FACTOR_REMOVAL_REQUESTED", officer) == 1
				&& audited("SECOND_FACTOR_REMOVAL_APPROVED", officer) == 1 && audited("SECOND_FACTOR_RESET", officer) == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and message_key = 'notification.kind.SECOND_FACTOR_REMOVED'",
				Long.class, officer.id()) == 1);
	}

	@Test
	void aRejectedRemovalLeavesTheFactorInPlace() throws Exception {
		AccountView systemAdmin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		AccountView officer = accounts.officialAccount(Role.IP_OFFICER, "110102");
		enroll(loggedIn(officer), clock);
		long requestId = requestRemoval(systemAdmin, officer);

		mvc.perform(post("/security/second-factor-removals/{id}/reject", requestId).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(removalVersion(requestId)))).andExpect(status().isFound());
		mvc.perform(post("/security/second-factor-removals/{id}/approve", requestId).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(removalVersion(requestId)))).andExpect(status().isConflict());

		assertThat(factors(officer)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SECOND_FACTOR_REMOVAL_REJECTED", officer) == 1);
	}

	@Test
	void theSystemAdministratorCanNoLongerRemoveAFactorAlone() throws Exception {
		AccountView systemAdmin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView officer = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);
		enroll(loggedIn(officer), clock);
		mvc.perform(post("/admin/accounts/{id}/reset-second-factor", officer.id()).with(csrf())
			.with(AccountPrincipals.as(systemAdmin))
			.param("version", String.valueOf(accountService.get(officer.id()).version())))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404, 405));
		assertThat(factors(officer)).isEqualTo(1);
	}

	@Test
	void noAdministratorsFactorCanBeRequestedForRemoval() throws Exception {
		AccountView systemAdmin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView auditAdmin = accounts.officialAccount(Role.AUDIT_ADMIN, null);
		enroll(loggedIn(auditAdmin), clock);

		mvc.perform(post("/admin/accounts/{id}/second-factor-removal", auditAdmin.id()).with(csrf())
			.with(AccountPrincipals.as(systemAdmin))
			.param("version", String.valueOf(accountService.get(auditAdmin.id()).version()))
			.param("reason", "手机丢失"))
			.andExpect(status().isConflict());

		assertThat(factors(auditAdmin)).isEqualTo(1);
	}

	@Test
	void anExpertEnrollsAndLogsInWithACode() {
		AccountView expert = accounts.officialAccount(Role.EXPERT, null);
		String secret = enroll(loggedIn(expert), clock);
		clock.advance(Duration.ofSeconds(60));

		WebClient browser = loggedIn(expert);
		assertThat(WebClient.location(browser.post("/login/second-factor",
				Map.of("code", TotpCodes.at(secret, clock.instant()))))).endsWith("/");
		assertThat(browser.get("/api/v1/me").body()).contains("EXPERT");
	}
}
