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
import java.util.UUID;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.WebClient;
import cn.tsbase.shared.security.Role;

/**
 * New official and expert accounts through a real SMTP server (GreenMail, in process): neither the system
 * administrator nor the officer who adds an expert ever sees or chooses a password; the owner receives a one-time,
 * short-lived activation link at the address on the account and sets the password there (ADR 0016). Own application
 * context (mail on).
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "tsbase.mail.from=noreply@tsbase.test",
		"tsbase.mail.base-url=https://tsbase.example.gov.cn/",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
@DirtiesContext
class AccountActivationMailTests {

	private static final Pattern LINK = Pattern
		.compile("https://tsbase\\.example\\.gov\\.cn/password-reset\\?token=([A-Za-z0-9_-]{43})");
	private static final String OWNERS_PASSWORD = "Harbour#Violet58";

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

	String tokenMailedTo(String address, int mailNumber) {
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() >= mailNumber);
		String body = body(mailsTo(address).get(mailNumber - 1));
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("the mail carries the link: %s", body).isTrue();
		return matcher.group(1);
	}

	/** The owner opens the link and sets a password; the login page follows. */
	void activate(String token) {
		WebClient browser = new WebClient(port);
		assertThat(browser.get("/password-reset?token=" + token).statusCode()).isEqualTo(200);
		HttpResponse<String> set = browser.post("/password-reset",
				Map.of("token", token, "newPassword", OWNERS_PASSWORD, "confirmPassword", OWNERS_PASSWORD));
		assertThat(WebClient.location(set)).endsWith("/login?reset");
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anOfficialCreatedByTheSystemAdministratorSetsThePasswordWithAMailedOneTimeLink() throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		String username = AccountFixtures.uniqueUsername("act");
		String address = username + "@haidian.example.gov.cn";

		String adminSaw = mvc.perform(post("/admin/accounts").with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("username", username)
			.param("displayName", "海淀区 新科员")
			.param("email", address)
			.param("kind", "OFFICIAL")
			.param("districtCode", "110108"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String token = tokenMailedTo(address, 1);
		assertThat(adminSaw).contains("激活链接已发送至 " + username.charAt(0) + "***@haidian.example.gov.cn")
			.doesNotContain(token)
			.doesNotContain("password-reset?token")
			.doesNotContain("initialPassword")
			.doesNotContain("初始密码");
		MimeMessage mail = mailsTo(address).get(0);
		assertThat(mail.getSubject()).contains("账户开通");
		assertThat(body(mail)).contains("用户名：" + username).contains("24 小时");
		assertThat(jdbc.queryForObject("select count(*) from password_reset_token where token_hash = ?", Long.class,
				token)).as("only a hash of the token is stored").isZero();
		assertThat(jdbc.queryForObject("select password_change_required from user_account where username = ?",
				Boolean.class, username)).isTrue();

		activate(token);

		assertThat(WebClient.location(new WebClient(port).login(username, OWNERS_PASSWORD)))
			.as("the owner's own password, no forced change").doesNotContain("/login")
			.doesNotContain("/account/password");
		assertThat(jdbc.queryForObject("select password_change_required from user_account where username = ?",
				Boolean.class, username)).isFalse();
		WebClient again = new WebClient(port);
		assertThat(again.get("/password-reset?token=" + token).statusCode()).as("the link works once").isEqualTo(410);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select event || ':' || actor || ':' || outcome from audit_entry where object_id = ? order by seq",
				String.class, username))
			.contains("ACCOUNT_CREATED:" + admin.username() + ":SUCCESS",
					"ACCOUNT_ACTIVATION_SENT:" + admin.username() + ":SUCCESS",
					"PASSWORD_RESET_COMPLETED:" + username + ":SUCCESS"));
	}

	@Test
	void anExpertAddedToThePoolGetsAnActivationLinkAndTheOfficerSeesNoPassword() throws Exception {
		String name = unique("激活专家");
		String address = unique("prof") + "@ruc.example.edu.cn";
		AccountView officer = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);

		String officerSaw = mvc.perform(post("/selection/experts").with(csrf())
			.with(AccountPrincipals.as(officer))
			.param("name", name)
			.param("title", "教授")
			.param("affiliationName", "北京某大学")
			.param("email", address)
			.param("fields", "LEGAL")
			.param("available", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String token = tokenMailedTo(address, 1);
		String username = jdbc.queryForObject("select username from expert where name = ?", String.class, name);
		assertThat(officerSaw).contains(username).contains("激活链接已发送至").doesNotContain(token)
			.doesNotContain("初始密码");
		assertThat(body(mailsTo(address).get(0))).contains("用户名：" + username);

		activate(token);

		assertThat(WebClient.location(new WebClient(port).login(username, OWNERS_PASSWORD))).doesNotContain("/login")
			.doesNotContain("/account/password");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select event from audit_entry where object_id = ? order by seq", String.class, username))
			.contains("ACCOUNT_CREATED", "ACCOUNT_ACTIVATION_SENT", "PASSWORD_RESET_COMPLETED"));
	}

	@Test
	void anActivationLinkExpiresAfterADayAndTheSystemAdministratorSendsANewOne() throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		String username = AccountFixtures.uniqueUsername("late");
		String address = username + "@xicheng.example.gov.cn";
		mvc.perform(post("/admin/accounts").with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("username", username)
			.param("displayName", "西城区 新科员")
			.param("email", address)
			.param("kind", "OFFICIAL")
			.param("districtCode", "110102")).andExpect(status().isOk());
		String first = tokenMailedTo(address, 1);

		clock.advance(Duration.ofHours(25));
		assertThat(new WebClient(port).get("/password-reset?token=" + first).statusCode()).isEqualTo(410);

		long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
		long version = jdbc.queryForObject("select version from user_account where id = ?", Long.class, id);
		mvc.perform(post("/admin/accounts/{id}/reset-password", id).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(version))).andExpect(status().isFound());
		String second = tokenMailedTo(address, 2);
		assertThat(mailsTo(address).get(1).getSubject()).as("still an activation").contains("账户开通");

		activate(second);
		assertThat(WebClient.location(new WebClient(port).login(username, OWNERS_PASSWORD)))
			.doesNotContain("/login");
	}

	@Test
	void theApiHasNoWayToCreateAnAccountOrReadAPassword() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(docs).doesNotContainIgnoringCase("initialPassword")
			.doesNotContain("\"/api/v1/accounts\"")
			.doesNotContain("\"/api/v1/selection/experts\"");
	}
}
