package cn.tsbase;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import cn.tsbase.account.internal.AccountKind;
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.account.internal.TestPasswords;
import cn.tsbase.account.internal.UserAccount;
import cn.tsbase.shared.security.Role;

/** Accounts for tests: unique usernames, a known password, the roles asked for. */
@Component
public class AccountFixtures {

	public static final String PASSWORD = "Lantern#Quiet72";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccountService accounts;
	private final TestPasswords passwords;

	AccountFixtures(AccountService accounts, TestPasswords passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	public static String uniqueUsername(String prefix) {
		return prefix + System.nanoTime() % 1_000_000_000L + "_" + SEQUENCE.incrementAndGet();
	}

	/** An official (or expert) account with the role, the known password, no forced change. */
	public UserAccount official(Role role, String districtCode) {
		return officialWithEmail(role, districtCode, null);
	}

	/** The same, with an e-mail address (where reset links and notifications go). */
	public UserAccount officialWithEmail(Role role, String districtCode, String email) {
		AccountKind kind = role == Role.EXPERT ? AccountKind.EXPERT : AccountKind.OFFICIAL;
		UserAccount account = accounts.createAwaitingActivation(uniqueUsername("t"), "测试用户", email, null, kind,
				districtCode);
		passwords.set(account.getUsername(), PASSWORD);
		accounts.assignRoles(account.getId(), accounts.get(account.getId()).getVersion(), EnumSet.of(role),
				"fixtures");
		return accounts.get(account.getId());
	}

	/** The password of {@link #withInitialPassword} accounts. */
	public static final String INITIAL_PASSWORD = "Initial#Kite47";

	/** An account with a password that must be changed at the next login (as an expired one). */
	public record InitialAccount(UserAccount account, String initialPassword) {
	}

	/** An account whose password must be changed at the next login: {@link #INITIAL_PASSWORD}. */
	public InitialAccount withInitialPassword(Role role, String districtCode) {
		AccountKind kind = role == Role.EXPERT ? AccountKind.EXPERT : AccountKind.OFFICIAL;
		UserAccount account = accounts.createAwaitingActivation(uniqueUsername("i"), "测试用户", null, null, kind,
				districtCode);
		accounts.assignRoles(account.getId(), accounts.get(account.getId()).getVersion(), EnumSet.of(role),
				"fixtures");
		passwords.setMustChange(account.getUsername(), INITIAL_PASSWORD);
		return new InitialAccount(accounts.get(account.getId()), INITIAL_PASSWORD);
	}
}
