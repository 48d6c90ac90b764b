package cn.tsbase.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * The code an enrolled user gives after the password at every login (SECURITY.md). Every code works once; wrong
 * codes count towards the same throttling as wrong passwords (per account and source). Enrollment is
 * {@link SecondFactorEnrollments}.
 */
@Service
public class SecondFactorChallenges {

	/** The outcome of a code given at login. */
	public enum Verification {
		ACCEPTED, REFUSED, LOCKED
	}

	private final SecondFactorRepository factors;
	private final UserAccountRepository accounts;
	private final Map<String, OneTimeCodeMethod> methods;
	private final SecondFactorSealer sealer;
	private final LoginThrottle throttle;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Clock clock;

	SecondFactorChallenges(SecondFactorRepository factors, UserAccountRepository accounts,
			List<OneTimeCodeMethod> methods, SecondFactorSealer sealer, LoginThrottle throttle, AuditLog audit,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.factors = factors;
		this.accounts = accounts;
		this.methods = methods.stream().collect(Collectors.toMap(OneTimeCodeMethod::id, Function.identity()));
		this.sealer = sealer;
		this.throttle = throttle;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Checks a code given at login. A wrong code counts as a failed login; the failure that reaches the threshold
	 * locks the account and ends its sessions.
	 */
	public Verification verify(String username, String code) {
		Instant now = clock.instant();
		try {
			return transactions.execute(status -> verifyInTransaction(username, code, now));
		}
		catch (ObjectOptimisticLockingFailureException e) {
			// the same code given twice at once: only the first one counts
			audit.record(username, "SECOND_FACTOR_FAILURE", "UserAccount", username, AuditOutcome.FAILURE,
					"concurrent use");
			return Verification.REFUSED;
		}
	}

	private Verification verifyInTransaction(String username, String code, Instant now) {
		UserAccount account = accounts.findForUpdateByUsername(username)
			.orElseThrow(() -> new NotFoundException("Account " + username));
		SecondFactor factor = factors.findById(account.getId())
			.orElseThrow(() -> new StateConflictException("secondFactor.notEnrolled", "No second factor"));
		String source = ClientAddress.current();
		if (account.isLocked(now) || !account.isEnabled() || throttle.isSourceLocked(username, source, now)) {
			return Verification.LOCKED;
		}
		OneTimeCodeMethod method = methods.get(factor.getMethod());
		byte[] secret = sealer.open(factor.getSecretSealed(), username);
		OptionalLong counter = method.verify(secret, code, now, factor.getLastUsedCounter());
		if (counter.isPresent()) {
			factor.used(counter.getAsLong(), now);
			factors.flush();
			account.recordSuccessfulLogin(now);
			throttle.recordSuccess(username, source, now);
			audit.record(username, "SECOND_FACTOR_SUCCESS", "UserAccount", username, AuditOutcome.SUCCESS,
					factor.getMethod());
			return Verification.ACCEPTED;
		}
		boolean locked = throttle.recordFailure(username, source, now);
		audit.record(username, "SECOND_FACTOR_FAILURE", "UserAccount", username, AuditOutcome.FAILURE,
				factor.getMethod());
		if (locked) {
			audit.record(username, "ACCOUNT_LOCKED", "UserAccount", username, AuditOutcome.SUCCESS,
					"from source " + source + " for " + throttle.lockoutDuration());
			return Verification.LOCKED;
		}
		return Verification.REFUSED;
	}
}
