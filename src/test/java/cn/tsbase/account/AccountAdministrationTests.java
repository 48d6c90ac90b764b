package cn.tsbase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.WebClient;
import cn.tsbase.account.internal.AccountLocks;
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.shared.security.Role;

/**
 * The system administrator creates and disables accounts, the security administrator grants roles (三权分立), and
 * neither reaches the other's pages.
 */
@IntegrationTest
class AccountAdministrationTests {

	private static final Pattern INITIAL_PASSWORD = Pattern.compile("id=\"initialPassword\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	AccountService accountService;

	@Autowired
	AccountLocks locks;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void theSystemAdministratorCreatesAnOfficialWithoutEverSeeingAPasswordAndWithoutAMailServerNoLinkGoesOut()
			throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		String username = AccountFixtures.uniqueUsername("new");

		String page = mvc.perform(post("/admin/accounts").with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("username", username)
			.param("displayName", "海淀区 新科员")
			.param("email", "new@example.com")
			.param("mobile", "13611112222")
			.param("kind", "OFFICIAL")
			.param("districtCode", "110108"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未能发送激活链接")))
			.andExpect(content().string(containsString("未配置邮件服务器")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(INITIAL_PASSWORD.matcher(page).find()).isFalse();
		assertThat(page).doesNotContain("初始密码").doesNotContain("password-reset?token");

		var row = jdbc.queryForMap("select kind, district_code, password_change_required from user_account "
				+ "where username = ?", username);
		assertThat(row).containsEntry("kind", "OFFICIAL")
			.containsEntry("district_code", "110108")
			.containsEntry("password_change_required", true);
		long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
		assertThat(accountService.get(id).awaitingActivation()).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ACCOUNT_CREATED' "
					+ "and object_id = ? and actor = ?", Long.class, username, admin.username()) == 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = "
					+ "'ACCOUNT_ACTIVATION_SENT' and object_id = ? and outcome = 'FAILURE'", Long.class,
					username) == 1);
	}

	@Test
	void anOfficialsAccountNeedsAnEmailAddressForItsActivationLink() throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		String username = AccountFixtures.uniqueUsername("nomail");

		mvc.perform(post("/admin/accounts").with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("username", username)
			.param("displayName", "无邮箱科员")
			.param("kind", "OFFICIAL")
			.param("districtCode", "110108"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email"));
		assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class, username))
			.isZero();
	}

	@Test
	void aTakenUsernameIsRefusedBesideTheField() throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView existing = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);
		mvc.perform(post("/admin/accounts").with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("username", existing.username())
			.param("displayName", "重复")
			.param("email", "dup@example.com")
			.param("kind", "OFFICIAL"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "account.username.taken"));
	}

	@Test
	void theListSearchesByNameAndFiltersByKindInTheDatabase() throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView expert = accounts.officialAccount(Role.EXPERT, null);
		mvc.perform(get("/admin/accounts").with(AccountPrincipals.as(admin)).param("q", expert.username()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + expert.username() + "</a>")));
		mvc.perform(get("/admin/accounts").with(AccountPrincipals.as(admin))
			.param("q", expert.username())
			.param("kind", "OFFICIAL")
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">" + expert.username() + "</a>"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
	}

	@Test
	void disablingAndReEnablingAreAuditedAndAStaleFormIsRefused() throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");

		mvc.perform(post("/admin/accounts/{id}/disable", officer.id()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(officer.version()))).andExpect(status().is3xxRedirection());
		assertThat(accountService.get(officer.id()).enabled()).isFalse();

		mvc.perform(post("/admin/accounts/{id}/enable", officer.id()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(officer.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人修改")));

		mvc.perform(post("/admin/accounts/{id}/enable", officer.id()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(accountService.get(officer.id()).version())))
			.andExpect(status().is3xxRedirection());
		assertThat(accountService.get(officer.id()).enabled()).isTrue();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select event from audit_entry where object_id = ? order by seq", String.class, officer.username()))
			.containsSubsequence("ACCOUNT_DISABLED", "ACCOUNT_ENABLED"));
	}

	@Test
	void withoutAMailServerAResetIsRefusedAndNeitherAPasswordNorALinkIsShown() throws Exception {
		AccountView admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView officer = accounts.officialAccountWithEmail(Role.DISTRICT_OFFICER, "110102", "owner@example.com");
		String page = mvc.perform(post("/admin/accounts/{id}/reset-password", officer.id()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(officer.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("未配置邮件服务器")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(INITIAL_PASSWORD.matcher(page).find()).isFalse();
		assertThat(page).doesNotContain("password-reset?token");
		assertThat(WebClient.location(new WebClient(port).login(officer.username(), AccountFixtures.PASSWORD)))
			.as("the owner's password still works").doesNotContain("/login");
	}

	@Test
	void noAdministratorCanTakeOverAnotherAdministratorsAccountByAReset() throws Exception {
		AccountView systemAdmin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView auditAdmin = accounts.officialAccount(Role.AUDIT_ADMIN, null);
		mvc.perform(post("/admin/accounts/{id}/reset-password", auditAdmin.id()).with(csrf())
			.with(AccountPrincipals.as(systemAdmin))
			.param("version", String.valueOf(auditAdmin.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("三权分立")));
		assertThat(WebClient.location(new WebClient(port).login(auditAdmin.username(), AccountFixtures.PASSWORD)))
			.doesNotContain("/login");
	}

	@Test
	void theSecurityAdministratorGrantsRolesButNotAdministratorRolesTogether() throws Exception {
		AccountView securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		AccountFixtures.InitialAccount created = accounts.withInitialPassword(Role.MUNICIPAL_OFFICER, null);
		AccountView target = accountService.get(created.account().id());

		mvc.perform(post("/security/accounts/{id}/roles", target.id()).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(target.version()))
			.param("roles", "SYSTEM_ADMIN", "AUDIT_ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("三种角色互斥")));
		assertThat(accountService.get(target.id()).roles()).containsExactly(Role.MUNICIPAL_OFFICER);

		mvc.perform(post("/security/accounts/{id}/roles", target.id()).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(target.version()))
			.param("roles", "AUDIT_ADMIN")).andExpect(status().is3xxRedirection());
		assertThat(accountService.get(target.id()).roles()).containsExactly(Role.AUDIT_ADMIN);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select event || ':' || detail from audit_entry where object_id = ? order by seq", String.class,
				target.username()))
			.contains("ROLE_GRANTED:AUDIT_ADMIN", "ROLE_REVOKED:MUNICIPAL_OFFICER"));
	}

	@Test
	void theSecurityAdministratorCannotChangeOwnRoles() throws Exception {
		AccountView securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		mvc.perform(post("/security/accounts/{id}/roles", securityAdmin.id()).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(securityAdmin.version()))
			.param("roles", "SECURITY_ADMIN", "MUNICIPAL_OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能修改自己的角色")));
	}

	@Test
	void theSecurityAdministratorUnlocksALockedAccount() throws Exception {
		AccountView securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		AccountView officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		for (int i = 0; i < 5; i++) {
			new WebClient(port).login(officer.username(), "Wrong#Password" + i);
		}
		assertThat(WebClient.location(new WebClient(port).login(officer.username(), AccountFixtures.PASSWORD)))
			.as("stopped from this source").endsWith("/login?error");
		AccountView locked = accountService.get(officer.id());
		assertThat(locks.isLocked(officer.id())).isTrue();

		mvc.perform(post("/security/accounts/{id}/unlock", officer.id()).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(locked.version()))).andExpect(status().is3xxRedirection());

		assertThat(WebClient.location(new WebClient(port).login(officer.username(), AccountFixtures.PASSWORD)))
			.doesNotContain("/login");
	}

	@Test
	void administratorsDoNotReachEachOthersPagesNorBusinessData() throws Exception {
		AccountView systemAdmin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		AccountView securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		AccountView auditAdmin = accounts.officialAccount(Role.AUDIT_ADMIN, null);
		mvc.perform(get("/security/accounts").with(AccountPrincipals.as(systemAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(AccountPrincipals.as(systemAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/units").with(AccountPrincipals.as(systemAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts").with(AccountPrincipals.as(securityAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(AccountPrincipals.as(securityAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts").with(AccountPrincipals.as(auditAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/units").with(AccountPrincipals.as(auditAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(AccountPrincipals.as(auditAdmin))).andExpect(status().isOk());
	}
}
