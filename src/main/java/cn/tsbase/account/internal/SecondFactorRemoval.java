package cn.tsbase.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.shared.StateConflictException;

/**
 * A request of the system administrator to remove an account's lost second factor, decided by a security
 * administrator (two people): pending, then approved or rejected, once.
 */
@Entity
@Table(name = "second_factor_removal")
class SecondFactorRemoval {

	public enum Status {
		PENDING, APPROVED, REJECTED;

		public String messageKey() {
			return "secondFactorRemoval.status." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Status status;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected SecondFactorRemoval() {
	}

	SecondFactorRemoval(long userId, String reason, String requestedBy, Instant now) {
		this.userId = userId;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		this.status = Status.PENDING;
	}

	/** Decides the request; the one who asked cannot decide it (two people). */
	void decide(boolean approve, String decider, Instant now) {
		if (status != Status.PENDING) {
			throw new StateConflictException("secondFactorRemoval.alreadyDecided", "Removal already decided");
		}
		if (decider.equals(requestedBy)) {
			throw new StateConflictException("secondFactorRemoval.ownRequest", "Own removal request");
		}
		status = approve ? Status.APPROVED : Status.REJECTED;
		decidedBy = decider;
		decidedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getUserId() {
		return userId;
	}

	public String getReason() {
		return reason;
	}

	public Status getStatus() {
		return status;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public long getVersion() {
		return version;
	}
}
