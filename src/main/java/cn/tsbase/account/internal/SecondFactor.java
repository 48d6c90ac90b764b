package cn.tsbase.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The second factor an account has enrolled: its method, its sealed secret and the last code step used. */
@Entity
@Table(name = "second_factor")
class SecondFactor {

	@Id
	@Column(name = "user_id")
	private Long userId;

	@Column(nullable = false, updatable = false)
	private String method;

	@Column(name = "secret_sealed", nullable = false, updatable = false)
	private String secretSealed;

	@Column(name = "enrolled_at", nullable = false, updatable = false)
	private Instant enrolledAt;

	@Column(name = "last_used_counter", nullable = false)
	private long lastUsedCounter;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Version
	private long version;

	protected SecondFactor() {
	}

	SecondFactor(long userId, String method, String secretSealed, long enrolledCounter, Instant now) {
		this.userId = userId;
		this.method = method;
		this.secretSealed = secretSealed;
		this.enrolledAt = now;
		this.lastUsedCounter = enrolledCounter;
		this.lastUsedAt = now;
	}

	/** Records an accepted code; a code of this step or an earlier one is never accepted again. */
	void used(long counter, Instant now) {
		if (counter <= lastUsedCounter) {
			throw new IllegalStateException("A code step was used twice");
		}
		lastUsedCounter = counter;
		lastUsedAt = now;
	}

	Long getUserId() {
		return userId;
	}

	String getMethod() {
		return method;
	}

	String getSecretSealed() {
		return secretSealed;
	}

	Instant getEnrolledAt() {
		return enrolledAt;
	}

	long getLastUsedCounter() {
		return lastUsedCounter;
	}

	Instant getLastUsedAt() {
		return lastUsedAt;
	}
}
