package cn.tsbase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.IdCardNumber;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Encryption at rest: values typed into the pages (a declaration's confidential sections, an objector's ID number,
 * phone and e-mail, a unit's contact, an expert's e-mail) are not in any text or binary column of any table, while
 * the pages still show them to those allowed to read them.
 */
@IntegrationTest
class EncryptionAtRestTests {

	private static final Pattern RECEIPT = Pattern.compile("id=\"receiptNo\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeclarationScenarios declarations;

	@Autowired
	UnitFixtures units;

	@Autowired
	NoticeFixtures notices;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String digits(int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append(ThreadLocalRandom.current().nextInt(10));
		}
		return out.toString();
	}

	@Test
	void aDatabaseDumpHoldsNoneOfTheSensitiveValuesTypedIntoThePages() throws Exception {
		List<String> secrets = new ArrayList<>();

		// a declaration's confidential section, saved through its page and submitted
		String technical = "核心配方第" + unique() + "号工艺";
		String business = "重点客户名单" + unique();
		String incidents = "前员工带走图纸" + unique();
		secrets.addAll(List.of(technical, business, incidents));
		UnitFixtures.RegisteredUnit registered = units.register("加密申报单位" + unique(), "110102");
		CurrentUser unitUser = new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				"110102", registered.unit().getId(), true, true, false);
		RequestPostProcessor unit = Principals.as(unitUser);
		Instant now = clock.instant();
		CurrentUser officer = new CurrentUser(0L, "officer-110102", null, "区市场监管局",
				EnumSet.of(Role.DISTRICT_OFFICER), "110102", null, true, true, false);
		var call = declarations.openCall("2026年度商业秘密保护示范基地申报", 2026, "<p>请按要求申报</p>",
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 3, 1, officer);
		long draft = declarations.complete(declarations.start(call.id(), BaseType.POINT, unitUser), BaseType.POINT,
				unitUser);
		mvc.perform(post("/declarations/{id}/sections/secrets", draft).with(csrf()).with(unit)
			.param("version", String.valueOf(declarations.version(draft, unitUser)))
			.param("technicalSecrets", technical)
			.param("businessSecrets", business)
			.param("positions", "研发岗")
			.param("training", "每年两次")
			.param("incidents", incidents)
			.param("guidanceWanted", "true")).andExpect(status().is3xxRedirection());
		long version = jdbc.queryForObject("select version from declaration where id = ?", Long.class,
				draft);
		mvc.perform(post("/declarations/{id}/submit", draft).with(csrf()).with(unit)
			.param("version", String.valueOf(version))
			.param("token", UUID.randomUUID().toString())
			.param("signer", "张三")
			.param("signedOn", "2026-06-01")
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from declaration_version where declaration_id = ?",
				Long.class, draft)).isEqualTo(1);

		// a unit registering itself with its contact
		String contactMobile = "136" + digits(8);
		String contactEmail = "contact-" + unique() + "@example.com";
		secrets.addAll(List.of(contactMobile, contactEmail));
		String usccCode = UsccFixtures.random("110102");
		mvc.perform(post("/register").with(csrf())
			.param("name", "加密注册单位" + unique())
			.param("uscc", usccCode)
			.param("unitTypeCode", "ENTERPRISE")
			.param("industryCode", "ADVANCED_MANUFACTURING")
			.param("districtCode", "110102")
			.param("address", "北京市西城区月坛北街 1 号")
			.param("postcode", "100045")
			.param("legalRepresentative", "张三")
			.param("headcount", "200")
			.param("annualOutput", "12345.67")
			.param("contactPerson", "李四")
			.param("contactTitle", "法务总监")
			.param("contactMobile", contactMobile)
			.param("contactEmail", contactEmail)
			.param("username", AccountFixtures.uniqueUsername("enc"))
			.param("password", UnitFixtures.PASSWORD)
			.param("confirmPassword", UnitFixtures.PASSWORD)
			.param("consent", "true")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from unit where uscc = ?", Long.class, usccCode))
			.isEqualTo(1);

		// an expert in the pool
		String expertEmail = "expert-" + unique() + "@tsinghua.edu.cn";
		secrets.add(expertEmail);
		selection.expertAt("加密专家" + unique(), "某大学" + unique(), null, expertEmail);

		// a public objection with the objector's ID number, phone and e-mail
		String objector = "异议人" + unique();
		String idNumber = IdCardNumber.withCheck("11010219850315" + digits(3));
		String phone = "137" + digits(8);
		String email = "objector-" + unique() + "@example.com";
		secrets.addAll(List.of(idNumber, phone, email));
		clock.setTo(Instant.parse("2026-06-01T01:00:00Z"));
		long notice = notices.liveNoticeId("2026年度拟入选名单公示", NoticeFixtures.mixed("加密公示单位" + unique()));
		String receiptPage = mvc.perform(post("/public/notices/{id}/objection", notice).with(csrf())
			.param("target", "0")
			.param("name", objector)
			.param("idNumber", idNumber)
			.param("phone", phone)
			.param("email", email)
			.param("grounds", "该单位近三年发生过商业秘密泄露事件。")
			.param("website", "")).andReturn().getResponse().getContentAsString();
		Matcher receipt = RECEIPT.matcher(receiptPage);
		assertThat(receipt.find()).isTrue();
		long objectionId = jdbc.queryForObject("select id from objection where receipt_no = ?", Long.class,
				receipt.group(1));

		// the database holds none of them in plain text ...
		assertThat(dumpMatches(secrets)).isEmpty();
		// ... although the scan finds what is stored plain (the objector's name), so it does look
		assertThat(dumpMatches(List.of(objector))).anyMatch(match -> match.startsWith("objection.objector_name "));
		assertThat(jdbc.queryForObject("select phone from objection where id = ?", String.class, objectionId))
			.startsWith("sm4:");

		// and the pages still show them to those allowed to read them
		mvc.perform(get("/declarations/{id}/sections/secrets", draft).with(unit))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(technical)));
		mvc.perform(get("/api/v1/notices/{n}/objections/{o}", notice, objectionId)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(idNumber)))
			.andExpect(content().string(containsString(phone)));
	}

	@Test
	void aLeakIncidentAndATypicalCaseFullVersionAreStoredEncrypted() throws Exception {
		UnitFixtures.RegisteredUnit registered = units.register("加密事件单位" + unique(), "110102");
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, "110102", registered.unit().getId());
		String description = "前员工带走核心配方" + unique();
		String actions = "已向其发送律师函" + unique();
		String loss = "4" + digits(5) + ".37";
		mvc.perform(post("/casework/incidents").with(csrf()).with(unit)
			.param("discoveredOn", "2026-03-01")
			.param("origin", "INTERNAL")
			.param("intent", "MALICIOUS")
			.param("secretCategory", "TECHNICAL")
			.param("channel", "DEPARTING_STAFF")
			.param("description", description)
			.param("estimatedLoss", loss)
			.param("actionsTaken", actions)
			.param("remedy", "CIVIL")).andExpect(status().is3xxRedirection());
		String email = "leak-" + unique() + "@example.com";
		String facts = "工程师" + unique() + "将配方出售，联系邮箱" + email;
		String person = "钱" + "多多";
		mvc.perform(post("/casework/cases").with(csrf()).with(unit)
			.param("year", "2026")
			.param("secretKind", "TECHNICAL")
			.param("industryCode", "SOFTWARE_IT")
			.param("infringementForm", "DEPARTING_STAFF")
			.param("persons", person)
			.param("maskCompanies", "true")
			.param("title", "配方泄露案" + unique())
			.param("facts", facts + "，" + person + "负责联络。")
			.param("handling", "已判决")
			.param("significance", "加强管理")).andExpect(status().is3xxRedirection());

		// the public version keeps neither the person nor the e-mail; the full version holds both, encrypted
		assertThat(dumpMatches(List.of(description, actions, loss, email, person))).isEmpty();
		assertThat(jdbc.queryForObject("select description from leak_incident where unit_id = ?", String.class,
				registered.unit().getId())).startsWith("sm4:");
	}

	/** Every {@code table.column} of the current schema whose value, as text or as UTF-8 bytes, contains a needle. */
	private List<String> dumpMatches(List<String> needles) {
		List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_schema = current_schema and table_type = 'BASE TABLE'", String.class);
		assertThat(tables).contains("objection", "declaration", "unit", "event_publication");
		List<String> found = new ArrayList<>();
		for (String table : tables) {
			jdbc.query("select * from " + table, rs -> {
				ResultSetMetaData meta = rs.getMetaData();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					Object value = rs.getObject(i);
					String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
							: value == null ? "" : value.toString();
					for (String needle : needles) {
						if (text.contains(needle)) {
							found.add(table + "." + meta.getColumnName(i).toLowerCase() + " holds " + needle);
						}
					}
				}
			});
		}
		return found;
	}
}
