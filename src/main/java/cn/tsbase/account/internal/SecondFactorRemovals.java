package cn.tsbase.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.SecondFactorRemovalRequested;
import cn.tsbase.account.SecondFactorRemoved;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;

/**
 * Removing a lost second factor takes two people (三权分立): the system administrator asks, a security administrator
 * approves or rejects. An approval removes the factor, ends the holder's sessions, forces a new enrollment at the
 * next login and tells the holder. Nobody removes an administrator's factor here. Every step is audited (with the
 * request's id, never its reason).
 */
@Service
public class SecondFactorRemovals {

	/** A request waiting for the security administrator, as the list shows it. */
	public record PendingRemoval(long id, long version, long accountId, String username, String displayName,
			String reason, String requestedBy, Instant requestedAt) {
	}

	private final SecondFactorRemovalRepository removals;
	private final SecondFactorRepository factors;
	private final UserAccountRepository accounts;
	private final SessionTerminator sessions;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	SecondFactorRemovals(SecondFactorRemovalRepository removals, SecondFactorRepository factors,
			UserAccountRepository accounts, SessionTerminator sessions, ApplicationEventPublisher events,
			AuditLog audit, Clock clock) {
		this.removals = removals;
		this.factors = factors;
		this.accounts = accounts;
		this.sessions = sessions;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The system administrator asks for the account's factor to be removed. */
	@Transactional
	public long request(long accountId, long expectedVersion, String reason, String requestedBy) {
		UserAccount account = accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("Account " + accountId));
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, accountId);
		}
		if (account.getRoles().stream().anyMatch(Role::isAdministrator)) {
			throw new StateConflictException("account.resetAdministratorRefused", "Administrator reset refused");
		}
		if (!factors.existsById(accountId)) {
			throw new StateConflictException("secondFactor.notEnrolled", "No second factor");
		}
		accounts.findForUpdateByUsername(account.getUsername());
		if (removals.findPendingOf(accountId).isPresent()) {
			throw new StateConflictException("secondFactorRemoval.alreadyPending", "Removal already requested");
		}
		SecondFactorRemoval removal = removals.saveAndFlush(
				new SecondFactorRemoval(accountId, reason.strip(), requestedBy, clock.instant()));
		audit.record("SECOND_FACTOR_REMOVAL_REQUESTED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
				"request " + removal.getId());
		events.publishEvent(new SecondFactorRemovalRequested(removal.getId(), account.getUsername()));
		return removal.getId();
	}

	/** The security administrator approves: the factor goes, the holder's sessions end, re-enrollment is forced. */
	@Transactional
	public void approve(long requestId, long expectedVersion, String decider) {
		SecondFactorRemoval removal = load(requestId, expectedVersion);
		UserAccount account = accounts.findById(removal.getUserId())
			.orElseThrow(() -> new NotFoundException("Account " + removal.getUserId()));
		Instant now = clock.instant();
		removal.decide(true, decider, now);
		factors.findById(account.getId()).ifPresent(factors::delete);
		account.requireSecondFactorReenrollment();
		accounts.flush();
		int ended = sessions.endAll(account.getUsername());
		audit.record("SECOND_FACTOR_REMOVAL_APPROVED", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
				"request " + requestId);
		audit.record("SECOND_FACTOR_RESET", "UserAccount", account.getUsername(), AuditOutcome.SUCCESS,
				"request " + requestId + ", sessions ended: " + ended);
		events.publishEvent(new SecondFactorRemoved(account.getId(), account.getUsername()));
	}

	@Transactional
	public void reject(long requestId, long expectedVersion, String decider) {
		SecondFactorRemoval removal = load(requestId, expectedVersion);
		removal.decide(false, decider, clock.instant());
		removals.flush();
		String username = accounts.findById(removal.getUserId()).map(UserAccount::getUsername).orElse(null);
		audit.record("SECOND_FACTOR_REMOVAL_REJECTED", "UserAccount", username, AuditOutcome.SUCCESS,
				"request " + requestId);
	}

	@Transactional(readOnly = true)
	public List<PendingRemoval> pending() {
		return removals.findPending();
	}

	@Transactional(readOnly = true)
	public Optional<PendingRemoval> pendingOf(long accountId) {
		return removals.findPendingRemovalOf(accountId);
	}

	private SecondFactorRemoval load(long requestId, long expectedVersion) {
		SecondFactorRemoval removal = removals.findById(requestId)
			.orElseThrow(() -> new NotFoundException("Second factor removal " + requestId));
		if (removal.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(SecondFactorRemoval.class, requestId);
		}
		return removal;
	}
}
