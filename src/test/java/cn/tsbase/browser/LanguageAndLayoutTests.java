package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.tsbase.shared.security.Role;

/** The shell every page shares: the language switch, and a layout that fits a laptop and a phone. */
class LanguageAndLayoutTests extends BrowserJourney {

	private static final String NAME_ZH = "商业秘密保护示范基地管理平台";
	private static final String NAME_EN = "Trade Secret Protection Demonstration Base Platform";

	@Test
	void aVisitorSwitchesToEnglishTheChoiceFollowsThemAndTheySwitchBack() {
		open("/");
		assertThat(brand()).hasText(NAME_ZH);
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");

		navLink("English").click();
		assertThat(brand()).hasText(NAME_EN);
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(heading("Register your unit")).isVisible();

		// the choice is remembered on the next page
		navLink("Log in").click();
		assertThat(page).hasURL(url("/login"));
		assertThat(heading("Log in")).isVisible();
		assertThat(page.getByLabel("Username")).isVisible();

		navLink("简体中文").click();
		assertThat(brand()).hasText(NAME_ZH);
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(heading("用户登录")).isVisible();
		assertThat(navLink("English")).isVisible();
	}

	@Test
	void theHomePageAndTheRegistrationFormFitALaptopAndAPhone() {
		for (String path : List.of("/", "/register", "/login")) {
			page.setViewportSize(1366, 768);
			open(path);
			assertFitsTheWindow(path + " at 1366×768");
			page.setViewportSize(390, 844);
			page.reload();
			assertFitsTheWindow(path + " at 390×844");
		}
	}

	@Test
	void theUnitRegistryFitsALaptopAndOnAPhoneIsReachedThroughTheCollapsedMenu() {
		var officer = people.districtOfficer("110102", "西城区市场监管局 测试科员");
		people.registeredUnit("110102");

		// on a laptop the navigation is laid out in full
		page.setViewportSize(1366, 768);
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		assertThat(toggler()).isHidden();
		navLink("单位名录").click();
		assertThat(page).hasURL(url("/units"));
		assertThat(page.locator("#unitTable tbody tr").first()).isVisible();
		assertFitsTheWindow("/units at 1366×768");

		// on a phone it folds behind the toggler
		page.setViewportSize(390, 844);
		open("/");
		assertFitsTheWindow("/ (logged in) at 390×844");
		assertThat(toggler()).isVisible();
		assertThat(toggler()).hasAttribute("aria-expanded", "false");
		assertThat(navLink("单位名录")).isHidden();

		toggler().click();
		assertThat(toggler()).hasAttribute("aria-expanded", "true");
		assertThat(navLink("单位名录")).isVisible();
		navLink("单位名录").click();
		assertThat(page).hasURL(url("/units"));
		assertThat(page.locator("#unitTable tbody tr").first()).isVisible();
		assertFitsTheWindow("/units at 390×844");

		// and folds away again (once it has finished unfolding: Bootstrap ignores clicks during the animation)
		toggler().click();
		assertThat(page.locator("#mainNav")).hasClass(Pattern.compile("(^|\\s)show(\\s|$)"));
		toggler().click();
		assertThat(navLink("单位名录")).isHidden();
		assertThat(toggler()).hasAttribute("aria-expanded", "false");
	}

	@Test
	void theOfficersMenusKeepEveryItemOnOneLineOnCommonDesktopWidths() {
		for (var officer : List.of(people.official(Role.MUNICIPAL_OFFICER, null, "市市场监管局 测试处长"),
				people.districtOfficer("110102", "西城区市场监管局 测试科员"))) {
			page.setViewportSize(1366, 768);
			logInSuccessfully(officer.username(), officer.password(), officer.displayName());
			for (int width : new int[] { 1280, 1366, 1920 }) {
				page.setViewportSize(width, 900);
				waitUntilLaidOut();
				assertThat(toggler()).isHidden();
				@SuppressWarnings("unchecked")
				List<String> wrapped = (List<String>) page.evaluate("""
						() => [...document.querySelectorAll('nav.navbar .navbar-nav > .nav-item > .nav-link')]
						  .filter(link => link.offsetParent !== null)
						  .filter(link => {
						    const style = getComputedStyle(link);
						    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
						    const text = link.getBoundingClientRect().height - parseFloat(style.paddingTop)
						        - parseFloat(style.paddingBottom) - parseFloat(style.borderTopWidth)
						        - parseFloat(style.borderBottomWidth);
						    return text > line * 1.3;
						  })
						  .map(link => link.textContent.trim() + ' (' + link.getBoundingClientRect().height + ' px)')""");
				assertThat(wrapped).as("menu items of %s broken over lines at %d px", officer.displayName(), width)
					.isEmpty();
				assertFitsTheWindow("the menu of " + officer.displayName() + " at " + width + " px");
			}
			logOut();
		}
	}

	/** Nothing sticks out sideways: the page never scrolls horizontally (measured once the page is laid out). */
	private void assertFitsTheWindow(String where) {
		waitUntilLaidOut();
		@SuppressWarnings("unchecked")
		List<Number> widths = (List<Number>) page
			.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
		assertThat(widths.get(0).intValue()).as("page width of %s (window %d px)", where, widths.get(1).intValue())
			.isLessThanOrEqualTo(widths.get(1).intValue());
	}

	private Locator brand() {
		return page.locator(".navbar-brand");
	}

	private Locator toggler() {
		return page.locator(".navbar-toggler");
	}

	private Locator heading(String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}
}
