package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.tsbase.MutableClock;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.shared.security.Role;

/**
 * An official turns on one-time codes with an authenticator app, logs in with password and code, and after losing
 * the phone has them removed on the system administrator's request and the security administrator's approval.
 */
class SecondFactorJourneyTests extends BrowserJourney {

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anOfficialEnrollsLogsInWithACodeAndTwoAdministratorsRemoveALostPhone() {
		var officer = people.official(Role.MUNICIPAL_OFFICER, null, "周敏");
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());

		openUserMenu();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("动态口令")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("启用动态口令"))).isVisible();
		assertThat(page.locator("#secondFactorQr")).isVisible();
		// the QR code really is an image the browser could draw
		Object qrWidth = page.locator("#secondFactorQr").evaluate("img => img.naturalWidth");
		assertThat(((Number) qrWidth).intValue()).isPositive();
		String shown = page.locator("#secondFactorSecret").textContent();
		String secret = shown.replace(" ", "");

		page.getByLabel("6 位动态口令").fill(AccountFixtures.wrongSecondFactorCode(secret, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("启用动态口令")).click();
		assertThat(page.locator("#codeError")).isVisible();
		// a mistyped code keeps the same key, so the app needs no second scan
		assertThat(page.locator("#secondFactorSecret")).hasText(shown);
		page.getByLabel("6 位动态口令").fill(AccountFixtures.secondFactorCode(secret, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("启用动态口令")).click();
		assertThat(successAlert()).containsText("动态口令已启用");
		logOut();

		clock.advance(Duration.ofSeconds(30));
		logIn(officer.username(), officer.password());
		assertThat(page).hasURL(url("/login/second-factor"));
		assertThat(page.locator("#notificationBell")).hasCount(0);
		open("/notifications");
		assertThat(page).hasURL(url("/login/second-factor"));
		page.getByLabel("6 位动态口令").fill(AccountFixtures.secondFactorCode(secret, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证并登录")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("您好，" + officer.displayName())))
			.isVisible();
		logOut();

		var admin = people.official(Role.SYSTEM_ADMIN, null, "系统管理员乙");
		logInSuccessfully(admin.username(), admin.password(), admin.displayName());
		open("/admin/accounts?q=" + officer.username());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(officer.username())).click();
		assertThat(page.locator("#secondFactorStatus")).containsText("已于");
		AtomicReference<String> asked = new AtomicReference<>();
		page.onDialog(dialog -> {
			asked.set(dialog.message());
			dialog.accept();
		});
		page.locator("#removalReason").fill("手机丢失，已当面核实身份");
		page.locator("#requestSecondFactorRemoval").click();
		assertThat(successAlert()).containsText("移除申请已提交");
		assertThat(page.locator("#removalPending")).isVisible();
		assertThat(page.locator("#secondFactorStatus")).containsText("已于");
		assertThat(asked.get()).contains(officer.username(), "安全管理员");
		logOut();

		var securityAdmin = people.official(Role.SECURITY_ADMIN, null, "安全管理员乙");
		logInSuccessfully(securityAdmin.username(), securityAdmin.password(), securityAdmin.displayName());
		open("/security/second-factor-removals");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(officer.username()))).containsText("手机丢失");
		page.locator("tr", new Page.LocatorOptions().setHasText(officer.username()))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("批准"))
			.click();
		assertThat(successAlert()).containsText("已批准");
		logOut();

		// the old phone no longer matters, and the officer must enroll a new one before anything else
		logIn(officer.username(), officer.password());
		assertThat(page).hasURL(url("/account/second-factor"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("启用动态口令"))).isVisible();
	}
}
