package cn.tsbase.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.data.domain.PageRequest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;

import cn.tsbase.account.internal.AccountCreation;
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.account.internal.PasswordPolicy;
import cn.tsbase.account.internal.PasswordService;
import cn.tsbase.account.internal.RoleAssignments;
import cn.tsbase.account.internal.TestPasswords;
import cn.tsbase.account.internal.TotpCodes;
import cn.tsbase.shared.security.Role;

/**
 * Accounts for tests: unique usernames, a known password, the roles asked for. The account module's public test
 * fixture: tests of other modules use it (and {@link TestAccount}) instead of the module's internals; the account
 * module's own tests also get the entity.
 */
@TestComponent
@Import(TestPasswords.class)
public class AccountFixtures {

	public static final String PASSWORD = "Lantern#Quiet72";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccountService accounts;
	private final AccountCreation creation;
	private final RoleAssignments grants;
	private final PasswordService passwords;
	private final TestPasswords testPasswords;

	AccountFixtures(AccountService accounts, AccountCreation creation, RoleAssignments grants,
			PasswordService passwords, TestPasswords testPasswords) {
		this.accounts = accounts;
		this.creation = creation;
		this.grants = grants;
		this.passwords = passwords;
		this.testPasswords = testPasswords;
	}

	/** The password of {@link #withInitialPassword} accounts. */
	public static final String INITIAL_PASSWORD = "Initial#Kite47";

	/**
	 * An account whose password must be changed at the next login (as an expired one): the platform never shows a
	 * password to anyone (ADR 0016), so tests set one they know.
	 */
	public record InitialAccount(AccountView account, String initialPassword) {

		public long id() {
			return account.id();
		}

		public String username() {
			return account.username();
		}
	}

	public static String uniqueUsername(String prefix) {
		return prefix + System.nanoTime() % 1_000_000_000L + "_" + SEQUENCE.incrementAndGet();
	}

	/** An official (or expert) account with the role, the known password, no forced change. */
	public TestAccount official(Role role, String districtCode) {
		return TestAccount.of(officialAccount(role, districtCode));
	}

	/** The same, with an e-mail address (where reset links and notifications go). */
	public TestAccount officialWithEmail(Role role, String districtCode, String email) {
		return TestAccount.of(officialAccountWithEmail(role, districtCode, email));
	}

	AccountView officialAccount(Role role, String districtCode) {
		return officialAccountWithEmail(role, districtCode, null);
	}

	AccountView officialAccountWithEmail(Role role, String districtCode, String email) {
		AccountKind kind = role == Role.EXPERT ? AccountKind.EXPERT : AccountKind.OFFICIAL;
		AccountView account = creation.createAwaitingActivation(uniqueUsername("t"), "测试用户", email, null, kind,
				districtCode);
		testPasswords.set(account.username(), PASSWORD);
		grants.assignRoles(account.id(), accounts.get(account.id()).version(), EnumSet.of(role),
				"fixtures");
		return accounts.get(account.id());
	}

	/** An account whose password must be changed at the next login: {@link #INITIAL_PASSWORD}. */
	InitialAccount withInitialPassword(Role role, String districtCode) {
		AccountKind kind = role == Role.EXPERT ? AccountKind.EXPERT : AccountKind.OFFICIAL;
		AccountView account = creation.createAwaitingActivation(uniqueUsername("i"), "测试用户", null, null, kind,
				districtCode);
		grants.assignRoles(account.id(), accounts.get(account.id()).version(), EnumSet.of(role),
				"fixtures");
		testPasswords.setMustChange(account.username(), INITIAL_PASSWORD);
		return new InitialAccount(accounts.get(account.id()), INITIAL_PASSWORD);
	}

	/** An official's account with the role, as the administrator leaves it: the initial password still to change. */
	public InitialAccount officialWithInitialPassword(String username, String displayName, String email, Role role,
			String districtCode) {
		AccountView account = creation.createAwaitingActivation(username, displayName, email, null,
				AccountKind.OFFICIAL, districtCode);
		long id = account.id();
		grants.assignRoles(id, accounts.get(id).version(), EnumSet.of(role), "fixtures");
		testPasswords.setMustChange(username, INITIAL_PASSWORD);
		return new InitialAccount(accounts.get(id), INITIAL_PASSWORD);
	}

	/** Sets the password as its owner would after opening the activation link (ADR 0016); tests only. */
	public void activate(String username, String password) {
		testPasswords.set(username, password);
	}

	/** Changes the password as its owner does; the problems that prevented it, empty when it was changed. */
	public List<FieldProblem> changePassword(String username, String currentPassword, String newPassword) {
		return passwords.change(username, currentPassword, newPassword, null);
	}

	/** The account with the username, if any. */
	public Optional<TestAccount> findByUsername(String username) {
		return accounts.search(username, null, null, PageRequest.of(0, 1))
			.stream()
			.filter(a -> a.username().equals(username))
			.findFirst()
			.map(TestAccount::of);
	}

	/** The message keys of the password policy that the password breaks (without a username). */
	public static List<String> passwordViolations(String password) {
		return PasswordPolicy.violations(password, null);
	}

	/** The one-time code of the second factor with the secret at the instant. */
	public static String secondFactorCode(String secret, Instant at) {
		return TotpCodes.at(secret, at);
	}

	/** A code of the right form that is not valid for the secret at the instant. */
	public static String wrongSecondFactorCode(String secret, Instant at) {
		return TotpCodes.wrongAt(secret, at);
	}

	/** The message keys the account module builds from its enumerations. */
	public static Stream<String> enumerationMessageKeys() {
		return Stream.of(AccountKind.values()).map(AccountKind::messageKey);
	}
}
