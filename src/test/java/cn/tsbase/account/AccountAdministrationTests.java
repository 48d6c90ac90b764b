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
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.account.internal.UserAccount;
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
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void theSystemAdministratorCreatesAnOfficialWithoutEverSeeingAPasswordAndWithoutAMailServerNoLinkGoesOut()
			throws Exception {
		UserAccount admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
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
		assertThat(accountService.get(id).isAwaitingActivation()).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ACCOUNT_CREATED' "
					+ "and object_id = ? and actor = ?", Long.class, username, admin.getUsername()) == 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = "
					+ "'ACCOUNT_ACTIVATION_SENT' and object_id = ? and outcome = 'FAILURE'", Long.class,
					username) == 1);
	}

	@Test
	void anOfficialsAccountNeedsAnEmailAddressForItsActivationLink() throws Exception {
		UserAccount admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
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
		UserAccount admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		UserAccount existing = accounts.officialAccount(Role.MUNICIPAL_OFFICER, null);
		mvc.perform(post("/admin/accounts").with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("username", existing.getUsername())
			.param("displayName", "重复")
			.param("email", "dup@example.com")
			.param("kind", "OFFICIAL"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "account.username.taken"));
	}

	@Test
	void theListSearchesByNameAndFiltersByKindInTheDatabase() throws Exception {
		UserAccount admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		UserAccount expert = accounts.officialAccount(Role.EXPERT, null);
		mvc.perform(get("/admin/accounts").with(AccountPrincipals.as(admin)).param("q", expert.getUsername()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + expert.getUsername() + "</a>")));
		mvc.perform(get("/admin/accounts").with(AccountPrincipals.as(admin))
			.param("q", expert.getUsername())
			.param("kind", "OFFICIAL")
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">" + expert.getUsername() + "</a>"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
	}

	@Test
	void disablingAndReEnablingAreAuditedAndAStaleFormIsRefused() throws Exception {
		UserAccount admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		UserAccount officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");

		mvc.perform(post("/admin/accounts/{id}/disable", officer.getId()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(officer.getVersion()))).andExpect(status().is3xxRedirection());
		assertThat(accountService.get(officer.getId()).isEnabled()).isFalse();

		mvc.perform(post("/admin/accounts/{id}/enable", officer.getId()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(officer.getVersion())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人修改")));

		mvc.perform(post("/admin/accounts/{id}/enable", officer.getId()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(accountService.get(officer.getId()).getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(accountService.get(officer.getId()).isEnabled()).isTrue();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select event from audit_entry where object_id = ? order by seq", String.class, officer.getUsername()))
			.containsSubsequence("ACCOUNT_DISABLED", "ACCOUNT_ENABLED"));
	}

	@Test
	void withoutAMailServerAResetIsRefusedAndNeitherAPasswordNorALinkIsShown() throws Exception {
		UserAccount admin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		UserAccount officer = accounts.officialAccountWithEmail(Role.DISTRICT_OFFICER, "110102", "owner@example.com");
		String page = mvc.perform(post("/admin/accounts/{id}/reset-password", officer.getId()).with(csrf())
			.with(AccountPrincipals.as(admin))
			.param("version", String.valueOf(officer.getVersion())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("未配置邮件服务器")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(INITIAL_PASSWORD.matcher(page).find()).isFalse();
		assertThat(page).doesNotContain("password-reset?token");
		assertThat(WebClient.location(new WebClient(port).login(officer.getUsername(), AccountFixtures.PASSWORD)))
			.as("the owner's password still works").doesNotContain("/login");
	}

	@Test
	void noAdministratorCanTakeOverAnotherAdministratorsAccountByAReset() throws Exception {
		UserAccount systemAdmin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		UserAccount auditAdmin = accounts.officialAccount(Role.AUDIT_ADMIN, null);
		mvc.perform(post("/admin/accounts/{id}/reset-password", auditAdmin.getId()).with(csrf())
			.with(AccountPrincipals.as(systemAdmin))
			.param("version", String.valueOf(auditAdmin.getVersion())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("三权分立")));
		assertThat(WebClient.location(new WebClient(port).login(auditAdmin.getUsername(), AccountFixtures.PASSWORD)))
			.doesNotContain("/login");
	}

	@Test
	void theSecurityAdministratorGrantsRolesButNotAdministratorRolesTogether() throws Exception {
		UserAccount securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		AccountFixtures.InitialAccount created = accounts.withInitialPassword(Role.MUNICIPAL_OFFICER, null);
		UserAccount target = accountService.get(created.account().getId());

		mvc.perform(post("/security/accounts/{id}/roles", target.getId()).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(target.getVersion()))
			.param("roles", "SYSTEM_ADMIN", "AUDIT_ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("三种角色互斥")));
		assertThat(accountService.get(target.getId()).getRoles()).containsExactly(Role.MUNICIPAL_OFFICER);

		mvc.perform(post("/security/accounts/{id}/roles", target.getId()).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(target.getVersion()))
			.param("roles", "AUDIT_ADMIN")).andExpect(status().is3xxRedirection());
		assertThat(accountService.get(target.getId()).getRoles()).containsExactly(Role.AUDIT_ADMIN);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select event || ':' || detail from audit_entry where object_id = ? order by seq", String.class,
				target.getUsername()))
			.contains("ROLE_GRANTED:AUDIT_ADMIN", "ROLE_REVOKED:MUNICIPAL_OFFICER"));
	}

	@Test
	void theSecurityAdministratorCannotChangeOwnRoles() throws Exception {
		UserAccount securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		mvc.perform(post("/security/accounts/{id}/roles", securityAdmin.getId()).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(securityAdmin.getVersion()))
			.param("roles", "SECURITY_ADMIN", "MUNICIPAL_OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能修改自己的角色")));
	}

	@Test
	void theSecurityAdministratorUnlocksALockedAccount() throws Exception {
		UserAccount securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		UserAccount officer = accounts.officialAccount(Role.DISTRICT_OFFICER, "110102");
		for (int i = 0; i < 5; i++) {
			new WebClient(port).login(officer.getUsername(), "Wrong#Password" + i);
		}
		assertThat(WebClient.location(new WebClient(port).login(officer.getUsername(), AccountFixtures.PASSWORD)))
			.as("stopped from this source").endsWith("/login?error");
		UserAccount locked = accountService.get(officer.getId());
		assertThat(accountService.isLocked(officer.getId())).isTrue();

		mvc.perform(post("/security/accounts/{id}/unlock", officer.getId()).with(csrf())
			.with(AccountPrincipals.as(securityAdmin))
			.param("version", String.valueOf(locked.getVersion()))).andExpect(status().is3xxRedirection());

		assertThat(WebClient.location(new WebClient(port).login(officer.getUsername(), AccountFixtures.PASSWORD)))
			.doesNotContain("/login");
	}

	@Test
	void administratorsDoNotReachEachOthersPagesNorBusinessData() throws Exception {
		UserAccount systemAdmin = accounts.officialAccount(Role.SYSTEM_ADMIN, null);
		UserAccount securityAdmin = accounts.officialAccount(Role.SECURITY_ADMIN, null);
		UserAccount auditAdmin = accounts.officialAccount(Role.AUDIT_ADMIN, null);
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
