package cn.tsbase.account.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.AccountKind;
import cn.tsbase.account.AccountRejectedException;
import cn.tsbase.account.AccountView;
import cn.tsbase.account.FieldProblem;
import cn.tsbase.account.NewExpertAccount;
import cn.tsbase.account.NewUnitAccount;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;

/**
 * New accounts: a unit's people register their own with a password they choose; the system administrator creates
 * officials' and experts' accounts, and the expert pool its experts', without a password anybody knows, and the
 * owner activates them with a link (ADR 0016, {@link AccountActivations#sendActivation}). Every creation is audited.
 */
@Service
public class AccountCreation {

	public static final String USERNAME_PATTERN = "[A-Za-z][A-Za-z0-9_.-]{3,31}";

	private static final SecureRandom SECRETS = new SecureRandom();

	private final UserAccountRepository accounts;
	private final PasswordService passwords;
	private final PasswordEncoder encoder;
	private final ReferenceData referenceData;
	private final AccountActivations activations;
	private final AuditLog audit;
	private final Clock clock;

	AccountCreation(UserAccountRepository accounts, PasswordService passwords, PasswordEncoder encoder,
			ReferenceData referenceData, AccountActivations activations, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.encoder = encoder;
		this.referenceData = referenceData;
		this.activations = activations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An official's or expert's new account and where its activation link went (ADR 0016): nobody but the owner
	 * ever learns or chooses its password.
	 */
	public record CreatedAccount(AccountView account, AccountActivations.ActivationLink activation) {
	}

	/** See {@link cn.tsbase.account.AccountManagement#checkNewCredentials}. */
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

	/** See {@link cn.tsbase.account.AccountManagement#createUnitAccount}. */
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

	/** See {@link cn.tsbase.account.AccountManagement#createExpertAccount}. */
	@Transactional
	public NewExpertAccount createExpertAccount(String displayName, String email, String mobile) {
		String username;
		do {
			username = "expert" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		}
		while (accounts.existsByUsernameIgnoreCase(username));
		UserAccount account = newAccountAwaitingActivation(username, displayName, email, mobile, AccountKind.EXPERT,
				null);
		account.assignRoles(EnumSet.of(Role.EXPERT));
		accounts.flush();
		audit.record("ROLE_GRANTED", "UserAccount", username, AuditOutcome.SUCCESS, "EXPERT (expert pool)");
		AccountActivations.ActivationLink activation = activations.sendActivation(account.getId());
		return new NewExpertAccount(account.getId(), username, activation.maskedEmail(), activation.problemKey());
	}

	/**
	 * The system administrator creates an official's or expert's account; its owner receives the activation link at
	 * the account's e-mail address and sets the password there.
	 */
	@Transactional
	public CreatedAccount createAndSendActivation(String username, String displayName, String email, String mobile,
			AccountKind kind, String districtCode) {
		UserAccount account = newAccountAwaitingActivation(username, displayName, email, mobile, kind, districtCode);
		return new CreatedAccount(account.view(), activations.sendActivation(account.getId()));
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
		return Base64.getEncoder().encodeToString(bytes);
	}
}
