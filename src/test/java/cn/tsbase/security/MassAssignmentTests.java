package cn.tsbase.security;

import static cn.tsbase.security.SecurityFixtures.HAIDIAN;
import static cn.tsbase.security.SecurityFixtures.XICHENG;
import static cn.tsbase.security.SecurityFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.tsbase.IntegrationTest;
import cn.tsbase.UsccFixtures;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.TestUnit;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.security.SecurityFixtures.Registered;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * No mass assignment (SECURITY.md, access control): a form sets only its own fields. Extra request parameters
 * naming the district, the code, ids, versions, dates, roles or the owner change nothing. Each test also checks
 * that the legitimate part of the request did take effect, so that "nothing changed" cannot come from a request that
 * simply failed.
 */
@IntegrationTest
class MassAssignmentTests {


	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	UnitFixtures units;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	// ---- the unit's profile edit -----------------------------------------------------------------------------

	@Test
	void theProfileEditCannotChangeDistrictCodeIdsOrDates() throws Exception {
		Registered own = SecurityFixtures.register(units, XICHENG, "资料单位");
		Registered other = SecurityFixtures.register(units, HAIDIAN, "他人单位");
		TestUnit before = unit(own.id());
		TestUnit otherBefore = unit(other.id());
		CurrentUser applicant = SecurityFixtures.unitUser(Role.APPLICANT, own.id(), XICHENG);
		String newName = "改名单位" + SecurityFixtures.token();

		MockHttpServletResponse response = mvc.perform(profileEdit(newName, before.getVersion())
			.param("districtCode", HAIDIAN)
			.param("uscc", other.uscc())
			.param("id", String.valueOf(other.id()))
			.param("unitId", String.valueOf(other.id()))
			.param("registeredAt", "2000-01-01T00:00:00Z")
			.param("updatedAt", "2000-01-01T00:00:00Z")
			.param("status", "DESIGNATED")
			.param("owner", "someone")
			.with(as(applicant))).andReturn().getResponse();

		assertThat(response.getStatus()).as("the edit was accepted").isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/unit/profile");
		TestUnit after = unit(own.id());
		assertThat(after.getName()).as("the legitimate change").isEqualTo(newName);
		assertThat(after.getDistrictCode()).isEqualTo(XICHENG);
		assertThat(after.getUscc()).isEqualTo(own.uscc());
		assertThat(after.getRegisteredAt()).isEqualTo(before.getRegisteredAt());
		assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);

		TestUnit otherAfter = unit(other.id());
		assertThat(otherAfter.getName()).as("the unit named by the id parameters").isEqualTo(other.name());
		assertThat(otherAfter.getVersion()).isEqualTo(otherBefore.getVersion());
		assertThat(otherAfter.getDistrictCode()).isEqualTo(HAIDIAN);
	}

	@Test
	void theProfileEditRefusesAStaleOrInventedVersion() throws Exception {
		Registered own = SecurityFixtures.register(units, XICHENG, "版本单位");
		CurrentUser applicant = SecurityFixtures.unitUser(Role.APPLICANT, own.id(), XICHENG);
		long version = unit(own.id()).getVersion();

		String firstName = "第一次" + SecurityFixtures.token();
		assertThat(mvc.perform(profileEdit(firstName, version).with(as(applicant))).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		TestUnit saved = unit(own.id());
		assertThat(saved.getName()).isEqualTo(firstName);

		for (long tampered : new long[] { version, saved.getVersion() + 1, saved.getVersion() + 1000, -1 }) {
			MockHttpServletResponse response = mvc
				.perform(profileEdit("篡改" + SecurityFixtures.token(), tampered).with(as(applicant)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as("version %d", tampered).isEqualTo(409);
			TestUnit unchanged = unit(own.id());
			assertThat(unchanged.getName()).as("version %d", tampered).isEqualTo(firstName);
			assertThat(unchanged.getVersion()).isEqualTo(saved.getVersion());
		}
	}

	@Test
	void theProfileEditOfAUnitUserChangesOnlyTheirOwnUnit() throws Exception {
		Registered own = SecurityFixtures.register(units, XICHENG, "本单位");
		Registered neighbour = SecurityFixtures.register(units, XICHENG, "邻单位");
		TestUnit neighbourBefore = unit(neighbour.id());
		CurrentUser applicant = SecurityFixtures.unitUser(Role.APPLICANT, own.id(), XICHENG);

		// the neighbour's version and id, as if the form had been copied from the neighbour's profile
		mvc.perform(profileEdit("越权" + SecurityFixtures.token(), neighbourBefore.getVersion())
			.param("id", String.valueOf(neighbour.id()))
			.param("unitId", String.valueOf(neighbour.id()))
			.with(as(applicant))).andReturn();

		TestUnit neighbourAfter = unit(neighbour.id());
		assertThat(neighbourAfter.getName()).isEqualTo(neighbour.name());
		assertThat(neighbourAfter.getVersion()).isEqualTo(neighbourBefore.getVersion());
	}

	// ---- the public registration -----------------------------------------------------------------------------

	@Test
	void theRegistrationFormCannotGrantRolesOrAnotherUnit() throws Exception {
		Registered existing = SecurityFixtures.register(units, HAIDIAN, "已有单位");
		String token = SecurityFixtures.token();
		String uscc = UsccFixtures.random(XICHENG);
		String username = "reg" + token;
		Instant start = clock.instant();

		MockHttpServletResponse response = mvc.perform(registration(uscc, username, "注册单位" + token)
			.param("roles", Role.SYSTEM_ADMIN.name())
			.param("roles", Role.MUNICIPAL_OFFICER.name())
			.param("role", Role.SECURITY_ADMIN.name())
			.param("authorities", "ROLE_AUDIT_ADMIN")
			.param("unitId", String.valueOf(existing.id()))
			.param("id", String.valueOf(existing.id()))
			.param("kind", "OFFICIAL")
			.param("enabled", "false")
			.param("passwordChangeRequired", "false")
			.param("registeredAt", "2000-01-01T00:00:00Z")
			.param("version", "42")
			.param("status", "DESIGNATED")).andReturn().getResponse();

		assertThat(response.getStatus()).as("registered").isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login");

		UnitSummary created = organization.findByUscc(uscc).orElseThrow();
		assertThat(created.id()).isNotEqualTo(existing.id());
		assertThat(created.districtCode()).isEqualTo(XICHENG);
		TestUnit unit = unit(created.id());
		assertThat(unit.getVersion()).isZero();
		assertThat(unit.getRegisteredAt()).isBetween(start.minus(Duration.ofMinutes(1)),
				clock.instant().plus(Duration.ofMinutes(1)));

		CurrentUser account = (CurrentUser) users.loadUserByUsername(username);
		assertThat(account.getRoles()).containsExactly(Role.APPLICANT);
		assertThat(account.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_APPLICANT");
		assertThat(account.getUnitId()).isEqualTo(created.id());
		assertThat(account.getDistrictCode()).isEqualTo(XICHENG);
		assertThat(account.isEnabled()).isTrue();
	}

	@Test
	void theRegistrationApiCannotGrantRolesOrAnotherUnit() throws Exception {
		Registered existing = SecurityFixtures.register(units, HAIDIAN, "已有单位");
		String token = SecurityFixtures.token();
		String uscc = UsccFixtures.random(XICHENG);
		String username = "api" + token;
		String json = """
				{"name": "接口注册%s", "uscc": "%s", "unitTypeCode": "ENTERPRISE", "industryCode": "OTHER",
				 "districtCode": "%s", "address": "北京市测试路2号", "postcode": "100032",
				 "legalRepresentative": "王测试", "headcount": 10, "annualOutput": 100,
				 "contactPerson": "赵联系", "contactTitle": "主任", "contactMobile": "13900139000",
				 "contactEmail": "api@example.com", "username": "%s", "password": "%s",
				 "confirmPassword": "%s", "consent": true,
				 "id": %d, "unitId": %d, "roles": ["SYSTEM_ADMIN", "MUNICIPAL_OFFICER"], "kind": "OFFICIAL",
				 "registeredAt": "2000-01-01T00:00:00Z", "version": 42, "status": "DESIGNATED"}
				""".formatted(token, uscc, XICHENG, username, SecurityFixtures.PASSWORD, SecurityFixtures.PASSWORD,
				existing.id(), existing.id());

		MockHttpServletResponse response = mvc
			.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).content(json).with(csrf()))
			.andReturn()
			.getResponse();

		// 202 without the new unit's id: the answer is the same whether or not the code was free (ADR 0013)
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
		assertThat(response.getHeader("Location")).isNull();
		UnitSummary created = organization.findByUscc(uscc).orElseThrow();
		assertThat(created.id()).isNotEqualTo(existing.id());
		TestUnit unit = unit(created.id());
		assertThat(unit.getVersion()).isZero();
		assertThat(unit.getRegisteredAt()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));

		CurrentUser account = (CurrentUser) users.loadUserByUsername(username);
		assertThat(account.getRoles()).containsExactly(Role.APPLICANT);
		assertThat(account.getUnitId()).isEqualTo(created.id());
	}

	// ---- the system administrator's account form --------------------------------------------------------------

	@Test
	void theAccountFormCannotGrantRolesOrSkipTheInitialPassword() throws Exception {
		CurrentUser admin = SecurityFixtures.user(Role.SYSTEM_ADMIN, null, null);
		String username = "off" + SecurityFixtures.token();

		MockHttpServletResponse response = mvc.perform(post("/admin/accounts").param("username", username)
			.param("displayName", "测试官员")
			.param("email", username + "@example.gov.cn")
			.param("mobile", "")
			.param("kind", "OFFICIAL")
			.param("districtCode", XICHENG)
			.param("roles", Role.SYSTEM_ADMIN.name())
			.param("roles", Role.DISTRICT_OFFICER.name())
			.param("unitId", "1")
			.param("passwordChangeRequired", "false")
			.param("enabled", "true")
			.with(as(admin))
			.with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).as("the page of the created account").contains(username);
		CurrentUser account = (CurrentUser) users.loadUserByUsername(username);
		assertThat(account.getRoles()).as("roles are granted by the security administrator only").isEmpty();
		assertThat(account.getUnitId()).isNull();
		assertThat(account.getDistrictCode()).isEqualTo(XICHENG);
		assertThat(account.isPasswordChangeRequired()).as("the initial password must be changed").isTrue();
	}

	@Test
	void theAccountFormCannotCreateAUnitAccount() throws Exception {
		CurrentUser admin = SecurityFixtures.user(EnumSet.of(Role.SYSTEM_ADMIN), null, null);
		String username = "unit" + SecurityFixtures.token();

		mvc.perform(post("/admin/accounts").param("username", username)
			.param("displayName", "冒充单位")
			.param("kind", "UNIT")
			.param("unitId", "1")
			.with(as(admin))
			.with(csrf())).andReturn();

		assertThatThrownBy(() -> users.loadUserByUsername(username)).as("no account was created")
			.isInstanceOf(UsernameNotFoundException.class);
	}

	// ---- helpers ---------------------------------------------------------------------------------------------

	private TestUnit unit(long id) {
		return units.get(id);
	}

	private static MockHttpServletRequestBuilder profileEdit(String name, long version) {
		return post("/unit/profile").param("name", name)
			.param("unitTypeCode", "RESEARCH_INSTITUTE")
			.param("industryCode", "TECH_SERVICES")
			.param("address", "北京市西城区测试街9号")
			.param("postcode", "100034")
			.param("legalRepresentative", "周代表")
			.param("headcount", "77")
			.param("annualOutput", "999.99")
			.param("contactPerson", "吴联系")
			.param("contactTitle", "处长")
			.param("contactMobile", "13700137000")
			.param("contactEmail", "edit@example.com")
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder registration(String uscc, String username, String name) {
		return post("/register").param("name", name)
			.param("uscc", uscc)
			.param("unitTypeCode", "ENTERPRISE")
			.param("industryCode", "ADVANCED_MANUFACTURING")
			.param("districtCode", XICHENG)
			.param("address", "北京市西城区测试街1号")
			.param("postcode", "100032")
			.param("legalRepresentative", "郑代表")
			.param("headcount", "5")
			.param("annualOutput", "12.5")
			.param("contactPerson", "孙联系")
			.param("contactTitle", "经理")
			.param("contactMobile", "13600136000")
			.param("contactEmail", "reg@example.com")
			.param("username", username)
			.param("password", SecurityFixtures.PASSWORD)
			.param("confirmPassword", SecurityFixtures.PASSWORD)
			.param("consent", "true")
			.with(csrf());
	}
}
