package cn.tsbase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.declaration.Section;
import cn.tsbase.notification.internal.FailedNotificationRetry;
import cn.tsbase.shared.security.Role;

/**
 * Notifications by e-mail through a real SMTP server (GreenMail, in process): in Chinese, to those who have an address,
 * after the business transaction; a mail server that is down neither undoes nor blocks the business action, and the
 * mail follows when it is back. This class has its own application context (mail on); it does not republish other
 * contexts' outstanding events at start, since those contexts share the database and are still running.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "tsbase.mail.from=noreply@tsbase.test",
		"tsbase.mail.base-url=https://tsbase.example.gov.cn/",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
@DirtiesContext
class NotificationMailTests {

	static final String PLATFORM = "商业秘密保护示范基地管理平台";

	static GreenMail smtp = start(ServerSetup.PROTOCOL_SMTP, 0);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	static GreenMail start(String protocol, int port) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
		GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
		server.start();
		return server;
	}

	@Autowired
	AccountFixtures accountFixtures;

	@Autowired
	UnitFixtures units;

	@Autowired
	DeclarationScenarios declarations;

	@Autowired
	FailedNotificationRetry retry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	MutableClock clock;

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	long officer(String district, String displayName, String email) {
		return accountFixtures.officialWithInitialPassword(unique("m"), displayName, email, Role.DISTRICT_OFFICER,
				district).id();
	}

	/** The mails received so far whose subject mentions the text. */
	static List<MimeMessage> mailsAbout(String text) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(text)).toList();
	}

	/**
	 * The mails to the address whose subject mentions the text (officers of the district created by other tests or
	 * earlier runs on the same database may get the same mail).
	 */
	static List<MimeMessage> mailsTo(String address, String text) {
		return mailsAbout(text).stream().filter(m -> recipients(m).contains(address)).toList();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String body(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aNewUnitIsMailedInChineseToTheDistrictsOfficersWhoHaveAnAddress() throws Exception {
		String address = unique("wang") + "@xicheng.example.gov.cn";
		long withAddress = officer("110102", "王科长", address);
		long withoutAddress = officer("110102", "李科长", null);
		String name = unique("邮件测试单位");

		long unitId = units.register(name, "110102").unit().getId();

		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address, name).size() == 1);
		MimeMessage mail = mailsTo(address, name).get(0);
		assertThat(recipients(mail)).containsExactly(address);
		assertThat(subject(mail)).isEqualTo("【" + PLATFORM + "】新单位注册：" + name);
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("noreply@tsbase.test");
		assertThat(from.getPersonal()).isEqualTo(PLATFORM);
		assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(body(mail)).startsWith("王科长，您好：")
			.contains("新单位注册：" + name + "（统一社会信用代码 ")
			.contains("https://tsbase.example.gov.cn/units/" + unitId)
			.contains("—— " + PLATFORM);

		NotificationRows rows = new NotificationRows(jdbc);
		assertThat(rows.of(withAddress, "/units/" + unitId)).hasSize(1);
		assertThat(rows.of(withoutAddress, "/units/" + unitId)).as("in the application all the same").hasSize(1);
	}

	@Test
	void aReturnIsMailedToTheUnitWithoutItsReasonsWhichStayBehindTheLogin() {
		DeclarationScenario scenario = new DeclarationScenario(declarations);
		String name = unique("退回邮件单位");
		UnitFixtures.RegisteredUnit unit = units.register(name, "110105");
		Instant now = clock.instant();
		var call = scenario.call("110105", unique("退回邮件申报"), now, now.plus(Duration.ofDays(30)));
		long submitted = scenario.submit(scenario.completeDraft(call, unit), unit);

		declarations.returnForCorrection(submitted,
				Map.of(Section.SECRETS, "请说明核心秘密的保密期限"), DeclarationScenario.officer("110105"));

		await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout("申报退回补正：" + name).size() == 1);
		MimeMessage mail = mailsAbout("申报退回补正：" + name).get(0);
		assertThat(recipients(mail)).containsExactly("contact@example.com");
		assertThat(body(mail)).contains(name + " 的申报“" + call.title() + "”已被退回补正")
			.contains("https://tsbase.example.gov.cn/declarations/" + submitted)
			.doesNotContain("保密期限");
	}

	@Test
	void aMailServerThatIsDownNeitherUndoesNorBlocksTheRegistrationAndTheMailFollowsWhenItIsBack() {
		String address = unique("zhao") + "@haidian.example.gov.cn";
		long officer = officer("110108", "赵科长", address);
		String name = unique("故障测试单位");
		int port = smtp.getSmtp().getPort();
		smtp.stop();
		try {
			long unitId = units.register(name, "110108").unit().getId();

			assertThat(jdbc.queryForObject("select count(*) from unit where id = ?", Long.class, unitId)).isOne();
			NotificationRows rows = new NotificationRows(jdbc);
			await().atMost(Duration.ofSeconds(20)).until(() -> rows.of(officer, "/units/" + unitId).size() == 1);
			await().atMost(Duration.ofSeconds(30)).until(() -> failedMailsTo(address) == 1);
		}
		finally {
			smtp = start(ServerSetup.PROTOCOL_SMTP, port);
		}
		assertThat(mailsTo(address, name)).isEmpty();

		retry.resubmitFailed();

		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address, name).size() == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> mailPublicationsTo(address, "COMPLETED") == 1);
		assertThat(failedMailsTo(address)).isZero();
	}

	long failedMailsTo(String address) {
		return mailPublicationsTo(address, "FAILED");
	}

	long mailPublicationsTo(String address, String status) {
		return jdbc.queryForObject("""
				select count(*) from event_publication
				where listener_id = 'notification.mail' and status = ? and serialized_event like ?""", Long.class,
				status, "%" + address + "%");
	}

	/** The registration page said nothing about the taken code; the contact learns it by mail (ADR 0013). */
	@Test
	void aRegistrationWithATakenCodeIsExplainedByMailToTheContactOfTheForm() throws Exception {
		UnitFixtures.RegisteredUnit existing = units.register(unique("已注册邮件单位"), "110102");
		String contact = unique("applicant") + "@example.com";
		String username = unique("mreg");

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/register")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("name", "冒名邮件单位")
			.param("uscc", existing.unit().getUscc())
			.param("unitTypeCode", "ENTERPRISE")
			.param("industryCode", "ADVANCED_MANUFACTURING")
			.param("districtCode", "110102")
			.param("address", "北京市西城区月坛北街 1 号")
			.param("postcode", "100045")
			.param("legalRepresentative", "张三")
			.param("headcount", "20")
			.param("contactPerson", "孙联系")
			.param("contactTitle", "法务")
			.param("contactMobile", "13912345678")
			.param("contactEmail", contact)
			.param("username", username)
			.param("password", UnitFixtures.PASSWORD)
			.param("confirmPassword", UnitFixtures.PASSWORD)
			.param("consent", "true"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));

		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(contact, "单位注册未能完成").size() == 1);
		MimeMessage mail = mailsTo(contact, "单位注册未能完成").get(0);
		assertThat(subject(mail)).isEqualTo("【" + PLATFORM + "】单位注册未能完成");
		assertThat(body(mail)).startsWith("孙联系，您好：")
			.contains("统一社会信用代码 " + existing.unit().getUscc())
			.contains("已有单位在本平台注册")
			.doesNotContain(username + "”已被使用");
	}
}
