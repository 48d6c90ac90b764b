package cn.tsbase.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.WebClient;

/**
 * Client addresses cannot be forged (SECURITY.md: rate limits keyed on the client IP taken only from trusted
 * proxies). This context names one proxy (192.0.2.10) and one block of proxies (198.51.100.0/24) and allows three
 * login attempts per address and minute; loopback and the private ranges are <em>not</em> trusted, as no operator
 * named them. Each test uses addresses of its own.
 */
@IntegrationTest
@TestPropertySource(properties = { "tsbase.security.trusted-proxies=192.0.2.10, 198.51.100.0/24",
		"tsbase.security.login-attempts-per-minute=3", "tsbase.registration.per-ip-per-hour=3",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
class ClientAddressTests {

	static final String PROXY = "192.0.2.10";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	private int login(String peer, String forwardedFor, String username) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(request -> {
			request.setServletPath("/login"); // as the container sets it (MockMvc leaves it empty)
			request.setRemoteAddr(peer);
			if (forwardedFor != null) {
				request.addHeader("X-Forwarded-For", forwardedFor);
			}
			return request;
		}).param("username", username).param("password", "wrong-password-1A")).andReturn().getResponse().getStatus();
	}

	/** The addresses of the failed logins of the usernames that start with the prefix, in the usernames' order. */
	private List<String> auditedAddresses(String prefix, int expected) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where actor like ? and event = "
					+ "'LOGIN_FAILURE'", Long.class, prefix + "%") >= expected);
		// by the attempt's username (each test names its attempts in order): the trail records each request's entry
		// after its commit, so two quick requests may append theirs in either order
		return jdbc.queryForList("select ip from audit_entry where actor like ? and event = 'LOGIN_FAILURE' "
				+ "order by actor, seq", String.class, prefix + "%");
	}

	@Test
	void aForwardedForHeaderFromAnyoneButATrustedProxyDoesNotRaiseTheLoginLimit() throws Exception {
		String username = AccountFixtures.uniqueUsername("xff");
		List<Integer> statuses = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			statuses.add(login("203.0.113.5", "198.18.0." + i, username + i));
		}
		assertThat(statuses).containsExactly(302, 302, 302, 429);
	}

	@Test
	void aForwardedForHeaderFromAnyoneButATrustedProxyIsNotWrittenIntoTheAuditTrail() throws Exception {
		String username = AccountFixtures.uniqueUsername("xff");
		login("203.0.113.6", "198.18.1.1", username + "a");
		// an internal address is no proxy unless the operator names it
		login("10.1.2.3", "198.18.1.2", username + "b");
		assertThat(auditedAddresses(username, 2)).containsExactly("203.0.113.6", "10.1.2.3");
	}

	@Test
	void behindATrustedProxyEachClientHasItsOwnLimitAndItsOwnAddressInTheAuditTrail() throws Exception {
		String username = AccountFixtures.uniqueUsername("xff");
		List<Integer> first = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			first.add(login(PROXY, "198.18.2.1", username + i));
		}
		assertThat(first).containsExactly(302, 302, 302, 429);
		// another client through the same proxy is not held back by the first one's attempts
		assertThat(login(PROXY, "198.18.2.2", username + "x")).isEqualTo(302);
		assertThat(auditedAddresses(username, 4)).containsExactly("198.18.2.1", "198.18.2.1", "198.18.2.1",
				"198.18.2.2");
	}

	@Test
	void theClientIsTheRightMostAddressThatIsNoTrustedProxySoAForgedLeftPartIsIgnored() throws Exception {
		String username = AccountFixtures.uniqueUsername("xff");
		// the client sent "X-Forwarded-For: 1.1.1.1"; the proxies appended what they saw
		login(PROXY, "1.1.1.1, 198.18.3.1", username + "a");
		// two proxies: the edge one (198.51.100.7, in the trusted block) and 192.0.2.10
		login(PROXY, "1.1.1.1, 198.18.3.2, 198.51.100.7", username + "b");
		// a malformed element ends the walk: the last proxy that sent it is the address recorded
		login(PROXY, "<script>, 198.51.100.8", username + "c");
		assertThat(auditedAddresses(username, 3)).containsExactly("198.18.3.1", "198.18.3.2", "198.51.100.8");
	}

	/**
	 * Over real HTTP, from loopback (which Tomcat's RemoteIpValve trusted as "internal" before): the header neither
	 * lifts the limit nor reaches the audit trail. The only test of this context that calls from loopback.
	 */
	@Test
	void theRealServerTakesNoForwardedForFromLoopback() {
		String username = AccountFixtures.uniqueUsername("xff");
		WebClient browser = new WebClient(port);
		browser.get("/login");
		List<Integer> statuses = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			statuses.add(browser.post("/login", Map.of("username", username + i, "password", "wrong-password-1A"),
					Map.of("X-Forwarded-For", "198.18.4." + i)).statusCode());
		}
		assertThat(statuses).containsExactly(302, 302, 302, 429);
		assertThat(auditedAddresses(username, 3)).hasSize(3)
			.allSatisfy(ip -> assertThat(ip).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
	}
}
