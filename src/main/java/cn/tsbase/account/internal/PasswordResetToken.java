package cn.tsbase.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A password reset link sent to an account's owner. Only the SM3 hash of its token is kept, so neither a database
 * reader nor an administrator can use it; it works once and only until it expires.
 */
@Entity
@Table(name = "password_reset_token")
class PasswordResetToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Version
	private long version;

	protected PasswordResetToken() {
	}

	PasswordResetToken(long userId, String tokenHash, String requestedBy, Instant now, Instant expiresAt) {
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.requestedBy = requestedBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return usedAt == null && expiresAt.isAfter(now);
	}

	/** Spends the link (or withdraws it when a newer one replaces it); it never works again. */
	void spend(Instant now) {
		if (usedAt == null) {
			usedAt = now;
		}
	}

	Long getId() {
		return id;
	}

	Long getUserId() {
		return userId;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}
}
