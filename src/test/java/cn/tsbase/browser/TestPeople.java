package cn.tsbase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import cn.tsbase.UsccFixtures;
import cn.tsbase.account.FieldProblem;
import cn.tsbase.account.internal.AccountKind;
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.account.internal.PasswordPolicy;
import cn.tsbase.account.internal.PasswordService;
import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.organization.internal.Registration;
import cn.tsbase.organization.internal.UnitDetails;
import cn.tsbase.shared.security.Role;

/**
 * The people a journey needs besides the one it follows through the UI, created through the application's own
 * services (no demo data in tests): each with a unique username and a known password that needs no change.
 */
final class TestPeople {

	/** Satisfies the password policy; it contains no test username (those are random). */
	static final String PASSWORD = "Gx7!pQ2w-Lm9z";

	private static final String ALPHANUMERIC = "abcdefghijkmnpqrstuvwxyz23456789";

	record Person(String username, String password, String displayName) {
	}

	record UnitHolder(String unitName, String uscc, String username, String password, String contactPerson) {
	}

	private final AccountService accounts;
	private final PasswordService passwords;
	private final OrganizationService organization;

	private final cn.tsbase.account.internal.TestPasswords testPasswords;

	TestPeople(AccountService accounts, PasswordService passwords, OrganizationService organization,
			cn.tsbase.account.internal.TestPasswords testPasswords) {
		this.testPasswords = testPasswords;
		this.accounts = accounts;
		this.passwords = passwords;
		this.organization = organization;
		assertThat(PasswordPolicy.violations(PASSWORD, null)).isEmpty();
	}

	/**
	 * An official of the district bureau with the district officer role, past the forced change of the initial
	 * password, as the security administrator and the officer themselves would leave it.
	 */
	Person districtOfficer(String districtCode, String displayName) {
		return official(Role.DISTRICT_OFFICER, districtCode, displayName);
	}

	/** An official with the role (district roles need the district), past the forced change of the initial password. */
	Person official(Role role, String districtCode, String displayName) {
		String username = uniqueUsername("off");
		long id = accounts.createAwaitingActivation(username, displayName, username + "@example.gov.cn", null,
				AccountKind.OFFICIAL, districtCode).getId();
		accounts.assignRoles(id, accounts.get(id).getVersion(), EnumSet.of(role), "test-setup");
		// as the official would after opening the activation link (ADR 0016)
		testPasswords.set(username, PASSWORD);
		return new Person(username, PASSWORD, displayName);
	}

	/** A unit registered in the district, with its applicant account. */
	UnitHolder registeredUnit(String districtCode) {
		String name = uniqueUnitName();
		String uscc = UsccFixtures.random(districtCode);
		String username = uniqueUsername("unit");
		String contact = "王晓明";
		organization.register(new Registration(uscc, districtCode, new UnitDetails(name, "ENTERPRISE", "SOFTWARE_IT",
				"北京市某区某街 1 号", "100000", "赵刚", 50, new BigDecimal("1000"), contact, "法务专员",
				"13900139000", username + "@example.com"), username, PASSWORD));
		return new UnitHolder(name, uscc, username, PASSWORD, contact);
	}

	/** A username that no other test uses. */
	static String uniqueUsername(String prefix) {
		return prefix + "_" + token(10);
	}

	/** A unit name that no other test uses (the search by name then finds exactly this unit). */
	static String uniqueUnitName() {
		return "北京" + token(6).toUpperCase(Locale.ROOT) + "数据科技有限公司";
	}

	private static String token(int length) {
		StringBuilder token = new StringBuilder(length);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < length; i++) {
			token.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
		}
		return token.toString();
	}
}
