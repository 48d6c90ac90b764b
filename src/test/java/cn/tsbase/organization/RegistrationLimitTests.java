package cn.tsbase.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.UsccFixtures;

/**
 * The registration form and {@code POST /api/v1/units} share one limit per client address (three an hour in this
 * context, the same as {@code ClientAddressTests}', so both run in one application context), and the limit comes
 * before anything of the registration is looked at: a caller over it learns nothing, not even that a code is taken.
 */
@IntegrationTest
@TestPropertySource(properties = { "tsbase.security.trusted-proxies=192.0.2.10, 198.51.100.0/24",
		"tsbase.security.login-attempts-per-minute=3", "tsbase.registration.per-ip-per-hour=3",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
class RegistrationLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setServletPath(request.getRequestURI()); // as the container sets it
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder formPost(String uscc, String username) {
		return post("/register").with(csrf())
			.param("name", "限流测试单位")
			.param("uscc", uscc)
			.param("unitTypeCode", "ENTERPRISE")
			.param("industryCode", "ADVANCED_MANUFACTURING")
			.param("districtCode", "110102")
			.param("address", "北京市西城区月坛北街 1 号")
			.param("postcode", "100045")
			.param("legalRepresentative", "张三")
			.param("headcount", "20")
			.param("contactPerson", "李四")
			.param("contactTitle", "法务")
			.param("contactMobile", "13912345678")
			.param("contactEmail", "lisi@example.com")
			.param("username", username)
			.param("password", UnitFixtures.PASSWORD)
			.param("confirmPassword", UnitFixtures.PASSWORD)
			.param("consent", "true");
	}

	private static MockHttpServletRequestBuilder apiPost(String uscc, String username) {
		return post("/api/v1/units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name":"限流接口单位","uscc":"%s","unitTypeCode":"ENTERPRISE","industryCode":"ADVANCED_MANUFACTURING",
				 "districtCode":"110102","address":"北京市西城区","postcode":"100045","legalRepresentative":"王五",
				 "headcount":5,"contactPerson":"赵六","contactTitle":"主任","contactMobile":"13700000000",
				 "contactEmail":"z@example.com","username":"%s","password":"%s","confirmPassword":"%s","consent":true}
				""".formatted(uscc, username, UnitFixtures.PASSWORD, UnitFixtures.PASSWORD));
	}

	@Test
	void theFormAndTheApiShareOneLimitPerClient() throws Exception {
		String client = "203.0.113.40";
		List<Integer> statuses = new ArrayList<>();
		statuses.add(mvc.perform(formPost(UsccFixtures.random("110102"), AccountFixtures.uniqueUsername("lim"))
			.with(from(client))).andReturn().getResponse().getStatus());
		statuses.add(mvc.perform(apiPost(UsccFixtures.random("110102"), AccountFixtures.uniqueUsername("lim"))
			.with(from(client))).andReturn().getResponse().getStatus());
		statuses.add(mvc.perform(formPost(UsccFixtures.random("110102"), AccountFixtures.uniqueUsername("lim"))
			.with(from(client))).andReturn().getResponse().getStatus());
		String refusedCode = UsccFixtures.random("110102");
		var api = mvc.perform(apiPost(refusedCode, AccountFixtures.uniqueUsername("lim")).with(from(client)))
			.andReturn()
			.getResponse();
		statuses.add(api.getStatus());
		statuses.add(mvc.perform(formPost(UsccFixtures.random("110102"), AccountFixtures.uniqueUsername("lim"))
			.with(from(client))).andReturn().getResponse().getStatus());

		assertThat(statuses).containsExactly(302, 202, 302, 429, 429);
		assertThat(api.getContentType()).contains("application/problem+json");
		assertThat(jdbc.queryForObject("select count(*) from unit where uscc = ?", Long.class, refusedCode)).isZero();
		// another client is not held back
		assertThat(mvc.perform(apiPost(UsccFixtures.random("110102"), AccountFixtures.uniqueUsername("lim"))
			.with(from("203.0.113.41"))).andReturn().getResponse().getStatus()).isEqualTo(202);
	}

	@Test
	void aClientOverTheLimitIsNotToldThatACodeIsTaken() throws Exception {
		String client = "203.0.113.42";
		UnitFixtures.RegisteredUnit existing = units.register("限流已注册单位", "110102");
		for (int i = 0; i < 3; i++) {
			mvc.perform(apiPost(UsccFixtures.random("110102"), "x").with(from(client)));
		}
		var response = mvc.perform(formPost(existing.unit().getUscc(), AccountFixtures.uniqueUsername("lim"))
			.with(from(client))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentAsString()).doesNotContain("已经注册").contains("请求过于频繁");
	}
}
