package cn.tsbase.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.security.SecondFactorStatus;

/**
 * Who must have a second factor (SECURITY.md) and its enrollment: officials, experts and administrators enroll a
 * one-time-code method before they get further than the login; a unit's people may enroll one too. The code asked
 * at every later login is {@link SecondFactorChallenges}; a lost factor is removed by {@link SecondFactorRemovals}.
 */
@Service
public class SecondFactorEnrollments {

	/** What the enrollment page shows: the secret in text and as the URI for a QR code. */
	public record Enrollment(String secretText, String provisioningUri) {
	}

	static final String ISSUER = "tsbase";

	private final SecondFactorRepository factors;
	private final UserAccountRepository accounts;
	private final OneTimeCodeMethod enrollmentMethod;
	private final SecondFactorSealer sealer;
	private final AuditLog audit;
	private final Clock clock;
	private final boolean required;

	SecondFactorEnrollments(SecondFactorRepository factors, UserAccountRepository accounts,
			List<OneTimeCodeMethod> methods, SecondFactorSealer sealer, AuditLog audit, Clock clock,
			@Value("${tsbase.security.second-factor-required:true}") boolean required) {
		this.factors = factors;
		this.accounts = accounts;
		this.enrollmentMethod = methods.stream()
			.filter(method -> method.id().equals(Totp.ID))
			.findFirst()
			.orElse(null);
		this.sealer = sealer;
		this.audit = audit;
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
}
