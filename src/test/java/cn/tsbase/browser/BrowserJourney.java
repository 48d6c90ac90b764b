package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import cn.tsbase.IntegrationTest;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitFixtures;

/**
 * A user journey in headless Chromium against the running application (random port, test database). Subclasses read
 * as what the user does and sees; the steps every journey shares live here.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
abstract class BrowserJourney {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accountFixtures;

	@Autowired
	UnitFixtures unitFixtures;

	@Autowired
	OrganizationManagement organizationService;

	protected Page page;

	protected PageProblems problems;

	protected TestPeople people;

	@BeforeEach
	void openBrowser(Page page, PageProblems problems) {
		this.page = page;
		this.problems = problems;
		this.people = new TestPeople(accountFixtures, unitFixtures);
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		page.navigate(url(path));
	}

	/** Opens the login page and logs in; the caller checks where that led. */
	protected void logIn(String username, String password) {
		open("/login");
		page.getByLabel("用户名", new Page.GetByLabelOptions().setExact(true)).fill(username);
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
	}

	/** Logs in and expects the start page greeting the user. */
	protected void logInSuccessfully(String username, String password, String displayName) {
		logIn(username, password);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("您好，" + displayName)))
			.isVisible();
	}

	/**
	 * Logs out through the user menu and expects the login page's confirmation. It first waits until the page has no
	 * request in flight for half a second: a search field that fires on keyup after a short delay (htmx
	 * {@code delay:400ms}) may still send its request; sent after the logout, that request is answered "log in again"
	 * and htmx takes the page to the bare {@code /login}, away from the logout's confirmation.
	 */
	protected void logOut() {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		openUserMenu();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录")).click();
		assertThat(page).hasURL(url("/login?logout"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("您已安全退出。");
	}

	/**
	 * Opens the user menu once the page has loaded: a click may come as soon as the page is in the DOM, before the
	 * deferred scripts (Bootstrap's dropdown) run.
	 */
	protected void openUserMenu() {
		page.waitForLoadState(LoadState.LOAD);
		page.locator("#userMenu").click();
	}

	/**
	 * Waits until the page is laid out as the user sees it at the window's current size, so that a measurement
	 * reads the page and not a moment of its loading: the document and its stylesheets loaded (Bootstrap's reboot
	 * and app.css applied to the body), the window at the size the test set, the fonts ready, and two animation
	 * frames rendered since. Never a fixed sleep: on a busy machine each of these simply takes longer.
	 */
	protected void waitUntilLaidOut() {
		page.waitForLoadState(LoadState.LOAD);
		int width = page.viewportSize().width;
		page.waitForFunction("""
				width => document.readyState === 'complete'
				  && window.innerWidth === width
				  && getComputedStyle(document.body).marginTop === '0px'
				  && getComputedStyle(document.body).display === 'flex'""", width);
		page.evaluate("""
				() => document.fonts.ready.then(() => new Promise(settled =>
				    requestAnimationFrame(() => requestAnimationFrame(() => settled(true)))))""");
	}

	/**
	 * Checks a radio button or check box. Playwright clicks where the box was when it looked; on a busy machine the
	 * page may still move under the pointer (content loaded beside a form, fonts arriving), the click lands beside the
	 * box and Playwright reports that "clicking the checkbox did not change its state". Then the page is let settle
	 * ({@link #waitUntilLaidOut()}) and the box is checked again; any other failure, or a third miss, fails the test.
	 */
	protected void check(Locator box) {
		for (int attempt = 1;; attempt++) {
			try {
				box.check();
				assertThat(box).isChecked();
				return;
			}
			catch (PlaywrightException missed) {
				if (attempt == 3 || missed.getMessage() == null
						|| !missed.getMessage().contains("did not change its state")) {
					throw missed;
				}
				waitUntilLaidOut();
			}
		}
	}

	/** A link of the navigation bar. */
	protected Locator navLink(String name) {
		return page.locator("nav.navbar")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The success message shown at the top of the page after a redirect. */
	protected Locator successAlert() {
		return page.locator("#alerts .alert-success");
	}
}
