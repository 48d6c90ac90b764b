package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import cn.tsbase.UsccFixtures;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.shared.Uscc;

/** A unit registers itself on the public site (单位注册), keeps its profile, and its district's officers find it. */
class UnitRegistrationJourneyTests extends BrowserJourney {

	private static final String XICHENG = "110102";
	private static final String HAIDIAN = "110108";

	@Autowired
	OrganizationManagement organization;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUnitRegistersItselfEditsItsProfileAndOnlyTheOfficersOfItsDistrictFindIt() {
		String code = UsccFixtures.random(XICHENG);
		String name = TestPeople.uniqueUnitName();
		String username = TestPeople.uniqueUsername("reg");

		// A member of the public registers the unit, typing the code as a Chinese input method leaves it
		open("/register");
		assertThat(heading("申报单位注册")).isVisible();
		fillRegistrationForm(name, asTypedWithAChineseInputMethod(code), username);
		assertThat(page.locator("#uscc-feedback")).hasText("代码有效：" + code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交注册")).click();

		assertThat(page).hasURL(url("/login"));
		// the same answer as when the code or username had been taken (ADR 0013); this time the account is open
		assertThat(successAlert()).hasText("注册申请已提交。如果该统一社会信用代码和用户名此前均未注册，账户已经开通，"
				+ "请使用刚才设置的用户名和密码登录；否则未创建账户，我们已向您填写的联系人邮箱发送说明，请查收。");

		// ... logs in and sees the unit's profile, with the code as it is meant to be written
		logInSuccessfully(username, TestPeople.PASSWORD, "李红");
		navLink("单位信息").click();
		assertThat(page).hasURL(url("/unit/profile"));
		assertThat(heading("单位信息")).isVisible();
		assertThat(page.locator("#unitName")).hasText(name);
		assertThat(page.locator("#unitUscc")).hasText(code);
		assertThat(profileValue("所在区")).hasText("西城区");
		assertThat(profileValue("职工人数")).hasText("80");
		assertThat(page.getByText("注册以来没有修改过。")).isVisible();

		// ... corrects the headcount, and the change shows in the revision history
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改单位信息")).click();
		assertThat(page).hasURL(url("/unit/profile/edit"));
		assertThat(field("职工人数")).hasValue("80");
		field("职工人数").fill("120");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

		assertThat(page).hasURL(url("/unit/profile"));
		assertThat(successAlert()).hasText("单位信息已保存，本次修改已记入变更记录。");
		assertThat(profileValue("职工人数")).hasText("120");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("变更记录"))).isVisible();
		Locator change = page.locator("#revisions tbody tr");
		assertThat(change).hasCount(1);
		assertThat(change.locator("td").nth(0)).hasText("1");
		assertThat(change.locator("td").nth(2)).hasText(username);
		assertThat(change.locator("td").nth(3)).hasText("职工人数");
		assertThat(change.locator("td").nth(4)).hasText("80");
		assertThat(change.locator("td").nth(5)).hasText("120");
		logOut();

		// Each district has other units too, so the registry lists more than the search finds
		var neighbour = people.registeredUnit(XICHENG);
		var haidianUnit = people.registeredUnit(HAIDIAN);

		// A district officer of 西城区 finds the unit in the registry by its name
		var xichengOfficer = people.districtOfficer(XICHENG, "西城区市场监管局 测试科长");
		logInSuccessfully(xichengOfficer.username(), xichengOfficer.password(), xichengOfficer.displayName());
		navLink("单位名录").click();
		assertThat(page).hasURL(url("/units"));
		assertThat(registryRow(neighbour.unitName())).hasCount(1);
		searchRegistryFor(name);
		assertThat(page.locator("#unitTable tbody tr")).hasCount(1);
		Locator found = registryRow(name);
		assertThat(found).hasCount(1);
		assertThat(found.locator("td").nth(1)).hasText(code);
		assertThat(found.locator("td").nth(4)).hasText("西城区");
		assertThat(found.locator("td").nth(5)).hasText("120");
		assertThat(page).hasURL(Pattern.compile("[?&]q="));
		logOut();

		// A district officer of 海淀区 sees the units of 海淀区, and searching for this one finds nothing
		var haidianOfficer = people.districtOfficer(HAIDIAN, "海淀区市场监管局 测试科长");
		logInSuccessfully(haidianOfficer.username(), haidianOfficer.password(), haidianOfficer.displayName());
		navLink("单位名录").click();
		assertThat(page).hasURL(url("/units"));
		assertThat(registryRow(haidianUnit.unitName())).hasCount(1);
		searchRegistryFor(name);
		assertThat(page.locator("#unitTable tbody tr")).hasText(new String[] { "暂无符合条件的记录。" });
		assertThat(page.getByText(name)).hasCount(0);
	}

	@Test
	void aCreditCodeWithAWrongCheckCharacterIsExplainedBesideTheFieldKeepingWhatWasTypedAndNothingIsCreated() {
		String valid = UsccFixtures.random(XICHENG);
		char expected = Uscc.checkCharacter(valid.substring(0, 17));
		char typedCheck = expected == '0' ? '1' : '0';
		String typed = valid.substring(0, 17) + typedCheck;
		String message = "校验码（第 18 位）不正确：按前 17 位计算应为“" + expected + "”，您输入的是“" + typedCheck
				+ "”。请核对代码是否有误。";
		String name = TestPeople.uniqueUnitName();
		String username = TestPeople.uniqueUsername("bad");

		open("/register");
		fillRegistrationForm(name, typed, username);
		// the live check already says what is wrong while the user types
		assertThat(page.locator("#uscc-feedback")).hasText(message);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交注册")).click();

		// the form comes back with the precise message beside the code, and everything typed is still there
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("提交的信息有误，请按各项提示修改后重新提交。");
		Locator code = field("统一社会信用代码");
		assertThat(code).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#uscc ~ .invalid-feedback")).hasText(message);
		assertThat(page.locator("#uscc ~ .invalid-feedback")).isVisible();
		assertThat(page.locator(".invalid-feedback:visible")).hasCount(1);
		assertThat(code).hasValue(typed);
		assertThat(field("单位名称")).hasValue(name);
		assertThat(field("所在区").locator("option:checked")).hasText("西城区");
		assertThat(field("职工人数")).hasValue("80");
		assertThat(field("联系人邮箱")).hasValue("lihong@example.com");
		assertThat(field("用户名")).hasValue(username);
		assertThat(page.getByLabel("本单位承诺所填信息真实")).isChecked();

		// nothing was created: neither the unit nor its account
		assertThat(organization.findByUscc(valid)).isEmpty();
		assertThat(organization.findByUscc(typed)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
				username)).isZero();
	}

	private void fillRegistrationForm(String name, String creditCode, String username) {
		field("单位名称").fill(name);
		field("统一社会信用代码").pressSequentially(creditCode);
		field("单位类型").selectOption(new SelectOption().setLabel("企业"));
		field("所属行业").selectOption(new SelectOption().setLabel("软件和信息服务业"));
		field("所在区").selectOption(new SelectOption().setLabel("西城区"));
		field("通讯地址").fill("北京市西城区金融大街 35 号");
		field("邮政编码").fill("100033");
		field("法定代表人").fill("张伟");
		field("职工人数").fill("80");
		field("联系人").fill("李红");
		field("联系人职务").fill("法务部经理");
		field("联系人手机").fill("13800138000");
		field("联系人邮箱").fill("lihong@example.com");
		field("用户名").fill(username);
		field("密码").fill(TestPeople.PASSWORD);
		field("确认密码").fill(TestPeople.PASSWORD);
		check(page.getByLabel("本单位承诺所填信息真实"));
	}

	/**
	 * How a code often arrives from a Chinese input method: full-width digits, lower-case letters, half- and
	 * full-width spaces between groups.
	 */
	static String asTypedWithAChineseInputMethod(String code) {
		StringBuilder typed = new StringBuilder(" ");
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (i > 0 && i % 6 == 0) {
				typed.append(i == 6 ? '\u3000' : ' ');
			}
			if (i < 6 && Character.isDigit(c)) {
				typed.append((char) (c - '0' + '\uFF10'));
			}
			else {
				typed.append(Character.toLowerCase(c));
			}
		}
		return typed.toString();
	}

	/** Types the search text and submits the registry's filter form (htmx replaces the results in place). */
	private void searchRegistryFor(String text) {
		Locator search = page.getByLabel("单位名称或统一社会信用代码");
		search.fill(text);
		search.press("Enter");
	}

	private Locator registryRow(String unitName) {
		return page.locator("#unitTable tbody tr").filter(new Locator.FilterOptions().setHasText(unitName));
	}

	/** A form field by its label, which may carry the required mark (*). */
	private Locator field(String label) {
		// escaped by hand: Playwright hands the pattern to JavaScript, which knows no \Q...\E
		String literal = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
		return page.getByLabel(Pattern.compile("^\\s*" + literal + "\\*?\\s*$"));
	}

	private Locator heading(String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The value of a profile item (单位信息), found by its label. */
	private Locator profileValue(String label) {
		return page.locator("dt", new Page.LocatorOptions().setHasText(label)).locator("xpath=following-sibling::dd[1]");
	}
}
