package cn.tsbase.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.AccountKind;
import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.AccountView;
import cn.tsbase.account.FieldProblem;
import cn.tsbase.account.NewExpertAccount;
import cn.tsbase.account.NewUnitAccount;
import cn.tsbase.account.Recipient;
import cn.tsbase.shared.LikePatterns;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;

/**
 * The account module's API to other modules (creation is {@link AccountCreation}'s) and the system administrator's
 * account list, where accounts are disabled and re-enabled. Role grants are {@link RoleAssignments}, unlocking
 * {@link AccountLocks}, password resets {@link PasswordResets}. Every change is audited; disabling ends the account's
 * live sessions.
 */
@Service
public class AccountService implements AccountManagement {

	private final AccountCreation creation;
	private final UserAccountRepository accounts;
	private final SessionTerminator sessions;
	private final AuditLog audit;

	AccountService(AccountCreation creation, UserAccountRepository accounts, SessionTerminator sessions,
			AuditLog audit) {
		this.creation = creation;
		this.accounts = accounts;
		this.sessions = sessions;
		this.audit = audit;
	}

	@Override
	public List<FieldProblem> checkNewCredentials(String username, String rawPassword) {
		return creation.checkNewCredentials(username, rawPassword);
	}

	@Override
	public long createUnitAccount(NewUnitAccount request) {
		return creation.createUnitAccount(request);
	}

	@Override
	public NewExpertAccount createExpertAccount(String displayName, String email, String mobile) {
		return creation.createExpertAccount(displayName, email, mobile);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> holdersOf(Role role, String districtCode) {
		return accounts.findHolders(role, districtCode);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Recipient> recipientOf(long accountId) {
		return accounts.findById(accountId)
			.filter(UserAccount::isEnabled)
			.map(a -> new Recipient(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> ofUnit(long unitId) {
		return accounts.findOfUnit(unitId);
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
		UserAccount account = accounts.loadForChange(id, expectedVersion);
		account.disable();
		accounts.flush();
		int ended = sessions.endAll(account.getUsername());
		audit.record("ACCOUNT_DISABLED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
				"sessions ended: " + ended);
	}

	@Transactional
	public void enable(long id, long expectedVersion) {
		UserAccount account = accounts.loadForChange(id, expectedVersion);
		account.enable();
		accounts.flush();
		audit.record("ACCOUNT_ENABLED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS, null);
	}
}
