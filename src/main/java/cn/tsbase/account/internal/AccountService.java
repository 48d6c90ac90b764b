package cn.tsbase.account.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.AccountKind;
import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.AccountRejectedException;
import cn.tsbase.account.AccountView;
import cn.tsbase.account.FieldProblem;
import cn.tsbase.account.NewExpertAccount;
import cn.tsbase.account.NewUnitAccount;
import cn.tsbase.account.Recipient;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.LikePatterns;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;

/**
 * Account administration: the system administrator creates, disables and re-enables accounts (password resets are
 * {@link PasswordResets}); the security administrator grants roles and unlocks. Every change is audited; disabling and role changes end the
 * account's live sessions.
 */
@Service
public class AccountService implements AccountManagement {

	public static final String USERNAME_PATTERN = "[A-Za-z][A-Za-z0-9_.-]{3,31}";

	private static final java.security.SecureRandom SECRETS = new java.security.SecureRandom();

	private final PasswordResets resets;
	private final UserAccountRepository accounts;
	private final PasswordService passwords;
	private final PasswordEncoder encoder;
	private final SessionTerminator sessions;
	private final LoginThrottle throttle;
	private final ReferenceData referenceData;
	private final AuditLog audit;
	private final Clock clock;

	AccountService(UserAccountRepository accounts, PasswordService passwords, PasswordEncoder encoder,
			SessionTerminator sessions, LoginThrottle throttle, ReferenceData referenceData, AuditLog audit,
			Clock clock, PasswordResets resets) {
		this.resets = resets;
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwords = passwords;
		this.encoder = encoder;
		this.sessions = sessions;
		this.referenceData = referenceData;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An official's or expert's new account and where its activation link went (ADR 0016): nobody but the owner
	 * ever learns or chooses its password.
	 */
	public record CreatedAccount(AccountView account, PasswordResets.ActivationLink activation) {
	}

	@Override
	public List<FieldProblem> checkNewCredentials(String username, String rawPassword) {
		List<FieldProblem> problems = new ArrayList<>(checkUsername(username));
		PasswordPolicy.violations(rawPassword, username)
			.forEach(key -> problems.add(new FieldProblem("password", key)));
		return problems;
	}

	private List<FieldProblem> checkUsername(String username) {
		if (username == null || !username.matches(USERNAME_PATTERN)) {
			return List.of(new FieldProblem("username", "account.username.pattern"));
		}
		if (accounts.existsByUsernameIgnoreCase(username)) {
			return List.of(new FieldProblem("username", "account.username.taken"));
		}
		return List.of();
	}

	@Override
	@Transactional
	public long createUnitAccount(NewUnitAccount request) {
		List<FieldProblem> problems = checkNewCredentials(request.username(), request.rawPassword());
		if (!problems.isEmpty()) {
			throw new AccountRejectedException(problems);
		}
		UserAccount account = UserAccount.forUnit(request.username(), encoder.encode(request.rawPassword()),
				request.displayName(), request.email(), request.mobile(), request.unitId(), request.districtCode(),
				request.role(), clock.instant());
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException duplicate) {
			throw new AccountRejectedException(List.of(new FieldProblem("username", "account.username.taken")));
		}
		passwords.remember(account);
		audit.record("ACCOUNT_CREATED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
				"kind=UNIT, unit=" + request.unitId() + ", roles=[" + request.role() + "]");
		return account.getId();
	}

	@Override
	@Transactional
	public NewExpertAccount createExpertAccount(String displayName, String email, String mobile) {
		String username;
		do {
			username = "expert" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
		}
		while (accounts.existsByUsernameIgnoreCase(username));
		UserAccount account = newAccountAwaitingActivation(username, displayName, email, mobile, AccountKind.EXPERT,
				null);
		account.assignRoles(java.util.EnumSet.of(Role.EXPERT));
		accounts.flush();
		audit.record("ROLE_GRANTED", "UserAccount", username, AuditOutcome.SUCCESS, "EXPERT (expert pool)");
		PasswordResets.ActivationLink activation = resets.sendActivation(account.getId());
		return new NewExpertAccount(account.getId(), username, activation.maskedEmail(), activation.problemKey());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> holdersOf(Role role, String districtCode) {
		return accounts.findHolders(role, districtCode);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<Recipient> recipientOf(long accountId) {
		return accounts.findById(accountId)
			.filter(UserAccount::isEnabled)
			.map(a -> new Recipient(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> ofUnit(long unitId) {
		return accounts.findOfUnit(unitId);
	}

	/**
	 * The system administrator creates an official's or expert's account; its owner receives the activation link at
	 * the account's e-mail address and sets the password there.
	 */
	@Transactional
	public CreatedAccount createAndSendActivation(String username, String displayName, String email, String mobile,
			AccountKind kind, String districtCode) {
		UserAccount account = newAccountAwaitingActivation(username, displayName, email, mobile, kind, districtCode);
		return new CreatedAccount(account.view(), resets.sendActivation(account.getId()));
	}

	/**
	 * An official's or expert's account awaiting activation: its password hash is of a random secret that is
	 * discarded at once, so nobody can log in until the owner sets a password with an activation or reset link.
	 */
	@Transactional
	public AccountView createAwaitingActivation(String username, String displayName, String email, String mobile,
			AccountKind kind, String districtCode) {
		return newAccountAwaitingActivation(username, displayName, email, mobile, kind, districtCode).view();
	}

	private UserAccount newAccountAwaitingActivation(String username, String displayName, String email,
			String mobile, AccountKind kind, String districtCode) {
		List<FieldProblem> problems = new ArrayList<>(checkUsername(username));
		if (districtCode != null && !referenceData.isActive(ReferenceCategory.DISTRICT, districtCode)) {
			problems.add(new FieldProblem("districtCode", "account.district.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new AccountRejectedException(problems);
		}
		UserAccount account = UserAccount.withInitialPassword(username, encoder.encode(unknowableSecret()),
				displayName, email, mobile, kind, districtCode, clock.instant());
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException duplicate) {
			throw new AccountRejectedException(List.of(new FieldProblem("username", "account.username.taken")));
		}
		passwords.remember(account);
		audit.record("ACCOUNT_CREATED", "UserAccount", username, AuditOutcome.SUCCESS,
				"kind=" + kind + ", district=" + districtCode + ", awaiting activation");
		return account;
	}

	private static String unknowableSecret() {
		byte[] bytes = new byte[32];
		SECRETS.nextBytes(bytes);
		return java.util.Base64.getEncoder().encodeToString(bytes);
	}

	@Transactional(readOnly = true)
	public Page<AccountView> search(String query, AccountKind kind, Boolean enabled, Pageable pageable) {
		String pattern = LikePatterns.containing(query);
		// roles are batch-fetched for the whole page in one query
		return accounts.search(pattern, kind, enabled, pageable).map(UserAccount::view);
	}

	@Transactional(readOnly = true)
	public AccountView get(long id) {
		return accounts.findById(id).map(UserAccount::view).orElseThrow(() -> new NotFoundException("Account " + id));
	}

	@Transactional
	public void disable(long id, long expectedVersion) {
		UserAccount account = load(id, expectedVersion);
		account.disable();
		accounts.flush();
		int ended = sessions.endAll(account.getUsername());
		audit.record("ACCOUNT_DISABLED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
				"sessions ended: " + ended);
	}

	@Transactional
	public void enable(long id, long expectedVersion) {
		UserAccount account = load(id, expectedVersion);
		account.enable();
		accounts.flush();
		audit.record("ACCOUNT_ENABLED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS, null);
	}

	@Transactional
	public void assignRoles(long id, long expectedVersion, Set<Role> roles, String actingUsername) {
		UserAccount account = load(id, expectedVersion);
		if (account.getUsername().equals(actingUsername)) {
			throw new StateConflictException("role.rule.notOwnRoles", "Own roles cannot be changed");
		}
		Set<Role> before = account.getRoles();
		account.assignRoles(roles);
		accounts.flush();
		int ended = sessions.endAll(account.getUsername());
		for (Role role : roles) {
			if (!before.contains(role)) {
				audit.record("ROLE_GRANTED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
						role.name());
			}
		}
		for (Role role : before) {
			if (!roles.contains(role)) {
				audit.record("ROLE_REVOKED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
						role.name());
			}
		}
		if (ended > 0) {
			audit.record("SESSIONS_ENDED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
					"after role change: " + ended);
		}
	}

	/** Whether the account is stopped now, from some sources or (for unfamiliar sources) as a whole. */
	@Transactional(readOnly = true)
	public boolean isLocked(long id) {
		UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
		return account.isLocked(clock.instant()) || throttle.lockState(account.getUsername()).any();
	}

	@Transactional
	public void unlock(long id, long expectedVersion) {
		UserAccount account = load(id, expectedVersion);
		account.unlock();
		accounts.flush();
		throttle.clear(account.getUsername());
		audit.record("ACCOUNT_UNLOCKED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS, null);
	}

	private UserAccount load(long id, long expectedVersion) {
		UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		return account;
	}
}
