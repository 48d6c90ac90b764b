package cn.tsbase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.WebClient;
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.shared.security.Role;

/**
 * A password reset through a real SMTP server (GreenMail, in process): the system administrator never sees a
 * password or the link; the owner receives a one-time link at the address on the account, sets a password with it
 * (policy applies, other sessions end), and the link works once and expires. Own application context (mail on).
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "tsbase.mail.from=noreply@tsbase.test",
		"tsbase.mail.base-url=https://tsbase.example.gov.cn/",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
@DirtiesContext
class PasswordResetMailTests {

	private static final Pattern LINK = Pattern.compile("https://tsbase\\.example\\.gov\\.cn/password-reset\\?token=([A-Za-z0-9_-]{43})");
	private static final String NEW_PASSWORD = "Harbour#Violet58";

	static GreenMail smtp = start();

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		return server;
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	static String body(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The system administrator asks for a reset; returns everything the administrator's browser got. */
	String requestReset(AccountView admin, AccountView owner) throws Exception {
		MvcResult reset = mvc.perform(post("/admin/accounts/{id}/reset-password", owner.id()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(accountService.get(owner.id()).version())))
			.andExpect(status().isFound())
			.andReturn();
		MockHttpServletResponse detail = mvc
			.perform(get(reset.getResponse().getRedirectedUrl()).with(AccountPrincipals.as(admin))
				.flashAttrs(reset.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		return reset.getResponse().getContentAsString() + reset.getFlashMap() + detail.getContentAsString();
	}

	String tokenMailedTo(String address, int mailNumber) {
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() >= mailNumber);
		String body = body(mailsTo(address).get(mailNumber - 1));
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("the mail carries the link: %s", body).isTrue();
		return matcher.group(1);
	}

	@Test
	void theOwnerGetsAOneTimeLinkByMailAndTheAdministratorSeesNoPassword() throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		String address = AccountFixtures.uniqueUsername("owner") + "@xicheng.example.gov.cn";
		AccountView owner = accounts.officialAccountWithEmail(Role.DISTRICT_OFFICER, "110102", address);
		WebClient ownersOtherSession = new WebClient(port);
		assertThat(WebClient.location(ownersOtherSession.login(owner.username(), AccountFixtures.PASSWORD)))
			.doesNotContain("/login");

		String adminSaw = requestReset(admin, owner);

		String token = tokenMailedTo(address, 1);
		assertThat(adminSaw).doesNotContain(token)
			.doesNotContain("initialPassword")
			.contains("o***@xicheng.example.gov.cn");
		MimeMessage mail = mailsTo(address).get(0);
		assertThat(mail.getSubject()).contains("密码重置");
		assertThat(body(mail)).contains("30 分钟");
		assertThat(jdbc.queryForObject("select count(*) from password_reset_token where token_hash = ?", Long.class,
				token)).as("only a hash of the token is stored").isZero();
		assertThat(WebClient.location(new WebClient(port).login(owner.username(), AccountFixtures.PASSWORD)))
			.as("the current password works until the owner sets a new one").doesNotContain("/login");

		WebClient browser = new WebClient(port);
		HttpResponse<String> form = browser.get("/password-reset?token=" + token);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains(owner.username());
		HttpResponse<String> weak = browser.post("/password-reset",
				Map.of("token", token, "newPassword", "password", "confirmPassword", "password"));
		assertThat(weak.statusCode()).as("the password policy applies").isEqualTo(200);
		assertThat(weak.body()).contains("is-invalid");
		HttpResponse<String> set = browser.post("/password-reset",
				Map.of("token", token, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
		assertThat(WebClient.location(set)).endsWith("/login?reset");

		assertThat(ownersOtherSession.get("/api/v1/me").statusCode()).as("other sessions end").isEqualTo(401);
		assertThat(WebClient.location(new WebClient(port).login(owner.username(), AccountFixtures.PASSWORD)))
			.endsWith("/login?error");
		assertThat(WebClient.location(new WebClient(port).login(owner.username(), NEW_PASSWORD)))
			.doesNotContain("/login");

		WebClient again = new WebClient(port);
		assertThat(again.get("/password-reset?token=" + token).statusCode()).as("the link works once").isEqualTo(410);
		again.get("/login"); // a page with a form, for the CSRF token a browser would have
		assertThat(again.post("/password-reset",
				Map.of("token", token, "newPassword", "Another#Kestrel93", "confirmPassword", "Another#Kestrel93"))
			.statusCode()).isEqualTo(410);
		assertThat(WebClient.location(new WebClient(port).login(owner.username(), NEW_PASSWORD)))
			.doesNotContain("/login");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select event from audit_entry where object_id = ? order by seq", String.class, owner.username()))
			.containsSubsequence("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET_COMPLETED"));
	}

	@Test
	void aLinkExpiresAfterThirtyMinutesAndANewerLinkReplacesAnOlderOne() throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		String address = AccountFixtures.uniqueUsername("late") + "@haidian.example.gov.cn";
		AccountView owner = accounts.officialAccountWithEmail(Role.EXPERT, null, address);

		requestReset(admin, owner);
		String first = tokenMailedTo(address, 1);
		requestReset(admin, owner);
		String second = tokenMailedTo(address, 2);

		assertThat(new WebClient(port).get("/password-reset?token=" + first).statusCode())
			.as("the newer link replaces the older").isEqualTo(410);
		WebClient browser = new WebClient(port);
		assertThat(browser.get("/password-reset?token=" + second).statusCode()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(31));
		assertThat(new WebClient(port).get("/password-reset?token=" + second).statusCode()).isEqualTo(410);
		assertThat(browser.post("/password-reset",
				Map.of("token", second, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD))
			.statusCode()).isEqualTo(410);
		clock.reset();
		assertThat(WebClient.location(new WebClient(port).login(owner.username(), AccountFixtures.PASSWORD)))
			.doesNotContain("/login");
	}

	@Test
	void aMadeUpLinkOpensNothing() {
		WebClient browser = new WebClient(port);
		assertThat(browser.get("/password-reset?token=" + "A".repeat(43)).statusCode()).isEqualTo(410);
		assertThat(browser.get("/password-reset").statusCode()).isEqualTo(410);
	}
}
