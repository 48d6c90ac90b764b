package cn.tsbase.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.UsccFixtures;

/** The public registration page and API: validation, normalisation, duplicates, all or nothing. */
@IntegrationTest
@RecordApplicationEvents
class RegistrationTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	/** The registration form filled in correctly, with some fields replaced by the given values. */
	private static MockHttpServletRequestBuilder form(String name, String uscc, String username,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("uscc", uscc);
		fields.put("unitTypeCode", "ENTERPRISE");
		fields.put("industryCode", "ADVANCED_MANUFACTURING");
		fields.put("districtCode", "110102");
		fields.put("address", "北京市西城区月坛北街 1 号");
		fields.put("postcode", "100045");
		fields.put("legalRepresentative", "张三");
		fields.put("headcount", "200");
		fields.put("annualOutput", "12345.67");
		fields.put("contactPerson", "李四");
		fields.put("contactTitle", "法务总监");
		fields.put("contactMobile", "13912345678");
		fields.put("contactEmail", "lisi@example.com");
		fields.put("username", username);
		fields.put("password", UnitFixtures.PASSWORD);
		fields.put("confirmPassword", UnitFixtures.PASSWORD);
		fields.put("consent", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/register").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long unitsWithCode(String code) {
		return jdbc.queryForObject("select count(*) from unit where uscc = ?", Long.class, code);
	}

	private long accountsNamed(String username) {
		return jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class, username);
	}

	@Test
	void theRegistrationPageIsPublicAndInChinese() throws Exception {
		mvc.perform(get("/register"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("统一社会信用代码")));
	}

	@Test
	void aUnitRegistersWithItsFirstAccountAndACodeTypedWithAChineseInputMethod() throws Exception {
		String code = UsccFixtures.random("110102");
		String typed = " " + code.substring(0, 9).toLowerCase().replace("9", "９") + " " + code.substring(9) + "　";
		String username = AccountFixtures.uniqueUsername("reg");

		mvc.perform(form("北京月坛创新科技有限公司", typed, username))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));

		assertThat(unitsWithCode(code)).isEqualTo(1);
		var account = jdbc.queryForMap("select a.unit_id, a.kind, a.district_code, a.password_change_required, "
				+ "r.role from user_account a join user_role r on r.user_id = a.id where a.username = ?", username);
		assertThat(account.get("kind")).isEqualTo("UNIT");
		assertThat(account.get("role")).isEqualTo("APPLICANT");
		assertThat(account.get("district_code")).isEqualTo("110102");
		assertThat(account.get("password_change_required")).isEqualTo(false);
		assertThat(((Number) account.get("unit_id")).longValue())
			.isEqualTo(jdbc.queryForObject("select id from unit where uscc = ?", Long.class, code));
	}

	@Test
	void aWrongCheckCharacterIsExplainedBesideTheFieldAndNothingIsStored() throws Exception {
		String code = UsccFixtures.random("110102");
		char wrong = code.charAt(17) == '0' ? '1' : '0';
		String bad = code.substring(0, 17) + wrong;
		String username = AccountFixtures.uniqueUsername("reg");

		mvc.perform(form("校验错误单位", bad, username))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "uscc", "uscc.check_character"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("校验码（第 18 位）不正确：按前 17 位计算应为“"
					+ code.charAt(17) + "”，您输入的是“" + wrong + "”")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(bad)));

		assertThat(unitsWithCode(bad)).isZero();
		assertThat(accountsNamed(username)).isZero();
	}

	/**
	 * A valid form whose code is taken gets the same answer as a registration that succeeded; the real answer goes by
	 * mail to the contact (ADR 0013), and nothing is stored.
	 */
	@Test
	void aCodeAlreadyRegisteredIsNotRevealedOnThePageButMailedToTheContact() throws Exception {
		UnitFixtures.RegisteredUnit existing = units.register("已注册单位", "110102");
		String username = AccountFixtures.uniqueUsername("reg");

		String page = mvc.perform(form("冒名单位", existing.unit().getUscc().toLowerCase(), username))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flashSuccess", "registration.received"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("已经注册");

		assertThat(unitsWithCode(existing.unit().getUscc())).isEqualTo(1);
		assertThat(accountsNamed(username)).isZero();
		assertThat(events.stream(RegistrationRefused.class)).singleElement().satisfies(refused -> {
			assertThat(refused.codeTaken()).isTrue();
			assertThat(refused.usernameTaken()).isFalse();
			assertThat(refused.contactEmail()).isEqualTo("lisi@example.com");
			assertThat(refused.existingUnitId()).isEqualTo(existing.unit().getId());
		});
	}

	@Test
	void aTakenUsernameLeavesNoHalfCreatedUnitAndIsNotRevealedOnThePage() throws Exception {
		UnitFixtures.RegisteredUnit existing = units.register("用户名占用单位", "110102");
		String code = UsccFixtures.random("110102");

		mvc.perform(form("新单位", code, existing.username()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flashSuccess", "registration.received"));

		assertThat(unitsWithCode(code)).isZero();
		assertThat(events.stream(RegistrationRefused.class)).singleElement().satisfies(refused -> {
			assertThat(refused.usernameTaken()).isTrue();
			assertThat(refused.codeTaken()).isFalse();
		});
	}

	/** Before the rest of the form is valid, a taken code or username is not even looked at. */
	@Test
	void anInvalidFormShowsItsOwnProblemsButNotWhetherTheCodeOrUsernameIsTaken() throws Exception {
		UnitFixtures.RegisteredUnit existing = units.register("已注册单位二", "110102");

		mvc.perform(form("冒名单位", existing.unit().getUscc(), existing.username(), "postcode", "1000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "postcode"))
			.andExpect(result -> {
				var errors = (org.springframework.validation.BindingResult) result.getModelAndView()
					.getModel()
					.get("org.springframework.validation.BindingResult.form");
				assertThat(errors.getAllErrors()).extracting(e -> e.getCode())
					.doesNotContain("unit.uscc.taken", "account.username.taken");
			})
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("已经注册"))));
		mvc.perform(form("冒名单位", existing.unit().getUscc(), existing.username(), "password", "Password123!",
				"confirmPassword", "Password123!"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.rule.common"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("已经注册"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("已被使用"))));
		assertThat(events.stream(RegistrationRefused.class)).isEmpty();
	}

	@Test
	void aWeakPasswordAndAMismatchedConfirmationAreRefused() throws Exception {
		String code = UsccFixtures.random("110102");
		mvc.perform(form("弱密码单位", code, AccountFixtures.uniqueUsername("reg"), "password", "password1",
				"confirmPassword", "password2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "password.confirm.mismatch"));
		mvc.perform(form("弱密码单位", code, AccountFixtures.uniqueUsername("reg"), "password", "Password123!",
				"confirmPassword", "Password123!"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.rule.common"));
		assertThat(unitsWithCode(code)).isZero();
	}

	@Test
	void requiredFieldsAndFormatsAreChecked() throws Exception {
		mvc.perform(form("", UsccFixtures.random("110102"), AccountFixtures.uniqueUsername("reg"), "postcode", "1000",
				"contactMobile", "12345", "consent", "false"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "postcode", "contactMobile", "consent"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("邮政编码应为 6 位数字")));
	}

	@Test
	void anUnknownDistrictIsRefused() throws Exception {
		String code = UsccFixtures.random("110102");
		mvc.perform(form("区划错误单位", code, AccountFixtures.uniqueUsername("reg"), "districtCode", "999999"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "districtCode", "validation.reference.unknown"));
		assertThat(unitsWithCode(code)).isZero();
	}

	@Test
	void theLiveCodeCheckSaysWhatIsWrong() throws Exception {
		mvc.perform(post("/register/check-uscc").with(csrf()).param("uscc", "91110102").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("应为 18 位，您输入的是 8 位")));
		String code = UsccFixtures.random("110108");
		mvc.perform(post("/register/check-uscc").with(csrf()).param("uscc", code.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("代码有效：" + code)));
	}

	@Test
	void theApiRegistersAUnitAndAnswersATakenCodeExactlyAsASuccess() throws Exception {
		String code = UsccFixtures.random("110105");
		String username = AccountFixtures.uniqueUsername("api");
		String body = apiBody(code, username);

		String created = mvc.perform(post("/api/v1/units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unitsWithCode(code)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select district_code from unit where uscc = ?", String.class, code))
			.isEqualTo("110105");

		String refused = mvc.perform(post("/api/v1/units").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace(username, AccountFixtures.uniqueUsername("api"))))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).isEqualTo(created).doesNotContain("已经注册");
		assertThat(unitsWithCode(code)).isEqualTo(1);
		assertThat(events.stream(RegistrationRefused.class)).singleElement()
			.satisfies(r -> assertThat(r.codeTaken()).isTrue());
	}

	@Test
	void theApiReportsTheFormsOwnProblemsAsJsonButNotWhetherTheCodeIsTaken() throws Exception {
		UnitFixtures.RegisteredUnit existing = units.register("接口已注册单位", "110105");
		String body = apiBody(existing.unit().getUscc(), AccountFixtures.uniqueUsername("api"))
			.replace("\"postcode\":\"100020\"", "\"postcode\":\"1\"");

		mvc.perform(post("/api/v1/units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("postcode")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("已经注册"))));
	}

	private static String apiBody(String code, String username) {
		return """
				{"name":"接口注册单位","uscc":"%s","unitTypeCode":"RESEARCH_INSTITUTE","industryCode":"TECH_SERVICES",
				 "districtCode":"110105","address":"北京市朝阳区","postcode":"100020","legalRepresentative":"王五",
				 "headcount":50,"contactPerson":"赵六","contactTitle":"主任","contactMobile":"13700000000",
				 "contactEmail":"z@example.com","username":"%s","password":"%s","confirmPassword":"%s","consent":true}
				""".formatted(code, username, UnitFixtures.PASSWORD, UnitFixtures.PASSWORD);
	}
}
