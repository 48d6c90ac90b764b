package cn.tsbase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.WebClient;
import cn.tsbase.account.TestAccount;
import cn.tsbase.shared.security.Role;

/**
 * The bell polls the unread count every minute, but polling is not activity: a user who leaves the page open and
 * does nothing is logged out after the idle timeout (30 minutes) all the same. Real HTTP, real sessions.
 */
@IntegrationTest
class BellPollingTests {

	static final Map<String, String> POLL = Map.of("HX-Request", "true", "X-Background-Request", "true");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	WebClient loggedIn() {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, "110102");
		WebClient client = new WebClient(port);
		assertThat(client.login(officer.getUsername(), AccountFixtures.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(client.get("/notifications").statusCode()).isEqualTo(200);
		return client;
	}

	@Test
	void pollingAloneDoesNotKeepAnIdleSessionAlive() {
		WebClient client = loggedIn();

		clock.advance(Duration.ofMinutes(20));
		HttpResponse<String> poll = client.get("/notifications/unread-count", POLL);
		assertThat(poll.statusCode()).isEqualTo(200);
		assertThat(poll.body()).contains("notificationCount");

		clock.advance(Duration.ofMinutes(11));
		HttpResponse<String> expired = client.get("/notifications/unread-count", POLL);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.headers().firstValue("HX-Redirect")).hasValue("/login?expired");

		HttpResponse<String> after = client.get("/notifications");
		assertThat(after.statusCode()).as("the session is gone").isEqualTo(302);
		assertThat(WebClient.location(after)).contains("/login");
	}

	@Test
	void theUsersOwnRequestsKeepThePollingSessionAlive() {
		WebClient client = loggedIn();

		clock.advance(Duration.ofMinutes(20));
		assertThat(client.get("/notifications").statusCode()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(11));

		assertThat(client.get("/notifications/unread-count", POLL).statusCode()).isEqualTo(200);
		assertThat(client.get("/notifications").statusCode()).isEqualTo(200);
	}
}
