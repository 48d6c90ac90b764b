package cn.tsbase.account.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/** Locked accounts as the security administrator sees them, and their unlocking (audited). */
@Service
public class AccountLocks {

	private final UserAccountRepository accounts;
	private final LoginThrottle throttle;
	private final AuditLog audit;
	private final Clock clock;

	AccountLocks(UserAccountRepository accounts, LoginThrottle throttle, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the account is stopped now, from some sources or (for unfamiliar sources) as a whole. */
	@Transactional(readOnly = true)
	public boolean isLocked(long id) {
		UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
		return account.isLocked(clock.instant()) || throttle.lockState(account.getUsername()).any();
	}

	@Transactional
	public void unlock(long id, long expectedVersion) {
		UserAccount account = accounts.loadForChange(id, expectedVersion);
		account.unlock();
		accounts.flush();
		throttle.clear(account.getUsername());
		audit.record("ACCOUNT_UNLOCKED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS, null);
	}
}
