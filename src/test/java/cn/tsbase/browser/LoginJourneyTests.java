package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.Cookie;

/** Logging in and out as a unit's user sees it: the lockout after repeated failures, and the end of a session. */
class LoginJourneyTests extends BrowserJourney {

	private static final String LOGIN_FAILED = "用户名或密码错误。同一来源连续 5 次登录失败，将暂停该来源对此账户的登录 30 分钟。";

	@Test
	void afterFiveWrongPasswordsFromOneSourceEvenTheRightOneIsRefusedThereWithTheSameGenericMessage() {
		var holder = people.registeredUnit("110102");

		// the password is right: it works before the lockout
		logInSuccessfully(holder.username(), holder.password(), holder.contactPerson());
		logOut();

		for (int attempt = 1; attempt <= 5; attempt++) {
			logIn(holder.username(), "Wrong#Pass" + attempt);
			assertThat(page).hasURL(url("/login?error"));
			assertThat(loginError()).hasText(LOGIN_FAILED);
		}

		logIn(holder.username(), holder.password());
		assertThat(page).hasURL(url("/login?error"));
		assertThat(loginError()).hasText(LOGIN_FAILED);
		assertThat(navLink("登录")).isVisible();

		open("/unit/profile");
		assertThat(page).hasURL(url("/login"));
		assertThat(page.getByText(holder.unitName())).hasCount(0);
	}

	@Test
	void loggingOutEndsTheSessionSoTheProfileAsksForALoginAgain() {
		var holder = people.registeredUnit("110102");
		logInSuccessfully(holder.username(), holder.password(), holder.contactPerson());
		open("/unit/profile");
		assertThat(page.locator("#unitName")).hasText(holder.unitName());
		List<Cookie> cookiesOfTheSession = page.context().cookies();

		logOut();
		open("/unit/profile");
		assertThat(page).hasURL(url("/login"));
		assertThat(page.locator("#loginForm")).isVisible();

		// the session ended on the server: bringing its old cookie back does not bring the user back
		page.context().addCookies(cookiesOfTheSession);
		open("/unit/profile");
		assertThat(page).hasURL(url("/login"));
		assertThat(page.getByText(holder.unitName())).hasCount(0);
	}

	private Locator loginError() {
		return page.locator("#loginError");
	}
}
