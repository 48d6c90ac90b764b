package cn.tsbase.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.WebClient;
import cn.tsbase.account.internal.TotpCodes;
import cn.tsbase.shared.security.Role;

/**
 * With the second factor enforced, as in production: officials, experts and administrators without one must enroll
 * before anything else, while a unit's people log in with their password alone. (A context of its own, since the
 * other tests log officials in with their password only.)
 */
@IntegrationTest
@TestPropertySource(properties = "tsbase.security.second-factor-required=true")
class SecondFactorEnforcementTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	UnitFixtures units;

	@Autowired
	MutableClock clock;

	@Test
	void anOfficialWithoutAFactorMustEnrollOneBeforeAnythingElse() {
		AccountView officer = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);
		WebClient browser = new WebClient(port);
		browser.login(officer.username(), AccountFixtures.PASSWORD);

		assertThat(WebClient.location(browser.get("/"))).endsWith("/account/second-factor");
		assertThat(WebClient.location(browser.get("/login/second-factor"))).endsWith("/account/second-factor");
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(403);
		HttpResponse<String> page = browser.get("/account/second-factor");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"enrollmentForced\"");

		String secret = SecondFactorTests.enroll(browser, clock);

		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
	}

	@Test
	void anEnrolledOfficialIsAskedForTheCodeNotForEnrollment() {
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		WebClient first = new WebClient(port);
		first.login(officer.username(), AccountFixtures.PASSWORD);
		String secret = SecondFactorTests.enroll(first, clock);
		clock.advance(java.time.Duration.ofSeconds(30));
		try {
			WebClient browser = new WebClient(port);
			browser.login(officer.username(), AccountFixtures.PASSWORD);
			assertThat(WebClient.location(browser.get("/"))).endsWith("/login/second-factor");
			browser.get("/login/second-factor");
			browser.post("/login/second-factor", Map.of("code", TotpCodes.at(secret, clock.instant())));
			assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aUnitsPeopleLogInWithTheirPasswordAlone() {
		UnitFixtures.RegisteredUnit unit = units.register("二次验证测试公司", "110102");
		WebClient browser = new WebClient(port);
		browser.login(unit.username(), UnitFixtures.PASSWORD);

		HttpResponse<String> me = browser.get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("APPLICANT");
	}
}
