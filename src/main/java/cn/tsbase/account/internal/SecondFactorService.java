package cn.tsbase.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.security.SecondFactorStatus;
import cn.tsbase.shared.security.TsbaseSecurityProperties;

/**
 * The second factor (SECURITY.md): officials, experts and administrators enroll a one-time-code method and give a
 * code after their password at every login; a unit's people may enroll one too. Every code works once; wrong codes
 * count towards the same throttling as wrong passwords (per account and source). A lost factor is removed by
 * {@link SecondFactorRemovals} (two people); no administrator's factor is removed there.
 */
@Service
public class SecondFactorService {

	/** What the enrollment page shows: the secret in text and as the URI for a QR code. */
	public record Enrollment(String secretText, String provisioningUri) {
	}

	/** The outcome of a code given at login. */
	public enum Verification {
		ACCEPTED, REFUSED, LOCKED
	}

	static final String ISSUER = "tsbase";

	private final SecondFactorRepository factors;
	private final UserAccountRepository accounts;
	private final Map<String, OneTimeCodeMethod> methods;
	private final OneTimeCodeMethod enrollmentMethod;
	private final SecondFactorSealer sealer;
	private final TsbaseSecurityProperties properties;
	private final SessionTerminator sessions;
	private final LoginThrottle throttle;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean required;

	SecondFactorService(SecondFactorRepository factors, UserAccountRepository accounts, List<OneTimeCodeMethod> methods,
			SecondFactorSealer sealer, TsbaseSecurityProperties properties, SessionTerminator sessions,
			LoginThrottle throttle, AuditLog audit,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${tsbase.security.second-factor-required:true}") boolean required) {
		this.factors = factors;
		this.accounts = accounts;
		this.methods = methods.stream().collect(Collectors.toMap(OneTimeCodeMethod::id, Function.identity()));
		this.enrollmentMethod = this.methods.get(Totp.ID);
		this.sealer = sealer;
		this.properties = properties;
		this.sessions = sessions;
		this.throttle = throttle;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.required = required;
	}

	/** Whether accounts with these roles must have a second factor: every role but a unit's, when enforced. */
	public boolean requiredFor(Set<Role> roles) {
		return required && roles.stream().anyMatch(role -> !Role.UNIT_ROLES.contains(role));
	}

	/** What a user must do after a right password. */
	SecondFactorStatus statusAtLogin(UserAccount account) {
		if (factors.existsById(account.getId())) {
			return SecondFactorStatus.CHALLENGE;
		}
		return requiredFor(account.getRoles()) || account.isSecondFactorReenrollmentRequired()
				? SecondFactorStatus.ENROLLMENT : SecondFactorStatus.SATISFIED;
	}

	@Transactional(readOnly = true)
	public Optional<Instant> enrolledAt(long accountId) {
		return factors.findById(accountId).map(SecondFactor::getEnrolledAt);
	}

	/** A new secret to enroll; nothing is stored until a code from it is confirmed. */
	public byte[] newSecret() {
		return enrollmentMethod.newSecret();
	}

	public Enrollment describe(byte[] secret, String username) {
		String text = Base32.encode(secret).replaceAll("(.{4})(?!$)", "$1 ");
		return new Enrollment(text, enrollmentMethod.provisioningUri(secret, ISSUER, username));
	}

	/**
	 * Enrolls the secret when the code proves the user's app holds it.
	 *
	 * @return whether the code was right (and the factor is now enrolled)
	 */
	@Transactional
	public boolean enroll(String username, byte[] secret, String code) {
		UserAccount account = accounts.findForUpdateByUsername(username)
			.orElseThrow(() -> new NotFoundException("Account " + username));
		if (factors.existsById(account.getId())) {
			throw new StateConflictException("secondFactor.alreadyEnrolled", "Second factor already enrolled");
		}
		Instant now = clock.instant();
		OptionalLong counter = enrollmentMethod.verify(secret, code, now, Long.MIN_VALUE);
		if (counter.isEmpty()) {
			audit.record(username, "SECOND_FACTOR_ENROLLMENT_FAILURE", "UserAccount", username, AuditOutcome.FAILURE,
					null);
			return false;
		}
		factors.save(new SecondFactor(account.getId(), enrollmentMethod.id(), sealer.seal(secret, username),
				counter.getAsLong(), now));
		account.secondFactorEnrolled();
		audit.record(username, "SECOND_FACTOR_ENROLLED", "UserAccount", username, AuditOutcome.SUCCESS,
				enrollmentMethod.id());
		return true;
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
					"from source " + source + " for " + properties.lockoutDuration());
			return Verification.LOCKED;
		}
		return Verification.REFUSED;
	}
}
