package cn.tsbase.selection.internal;

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

import cn.tsbase.selection.ConflictDismissalView;
import cn.tsbase.selection.ConflictReason;
import cn.tsbase.shared.StateConflictException;

/**
 * The municipal officer's finding that a detected conflict of interest is none (e.g. two bodies that share a mail
 * domain but not an employer), with the reason. It covers the conflict only while detection finds it with the same
 * {@link ConflictKey}; once the data behind it changes, it {@link #lapse(Instant) lapses} for good. A conflict the
 * expert declared cannot be dismissed.
 */
@Entity
@Table(name = "review_conflict_dismissal")
class ConflictDismissal {

	static final int MAX_JUSTIFICATION = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false, updatable = false)
	private Long roundId;

	@Column(name = "expert_id", nullable = false, updatable = false)
	private Long expertId;

	@Column(name = "declaration_id", nullable = false, updatable = false)
	private Long declarationId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private ConflictReason reason;

	@Column(name = "declaration_side", updatable = false)
	private String declarationSide;

	@Column(name = "expert_side", updatable = false)
	private String expertSide;

	@Column(nullable = false, updatable = false)
	private String justification;

	@Column(name = "dismissed_by", nullable = false, updatable = false)
	private String dismissedBy;

	@Column(name = "dismissed_at", nullable = false, updatable = false)
	private Instant dismissedAt;

	@Column(name = "lapsed_at")
	private Instant lapsedAt;

	@Version
	private long version;

	protected ConflictDismissal() {
	}

	private ConflictDismissal(long roundId, ConflictKey key, String justification, String officer, Instant now) {
		this.roundId = roundId;
		this.expertId = key.expertId();
		this.declarationId = key.declarationId();
		this.reason = key.reason();
		this.declarationSide = key.declarationSide();
		this.expertSide = key.expertSide();
		this.justification = justification;
		this.dismissedBy = officer;
		this.dismissedAt = now;
	}

	/** Dismisses a detected conflict; refuses one the expert declared. */
	static ConflictDismissal of(RoundConflict conflict, String justification, String officer, Instant now) {
		if (conflict.isDeclared()) {
			throw new StateConflictException("conflicts.dismiss.declared",
					"Conflict " + conflict.getId() + " was declared by the expert");
		}
		return new ConflictDismissal(conflict.getRoundId(), ConflictKey.of(conflict), justification, officer, now);
	}

	ConflictDismissalView view() {
		return new ConflictDismissalView(id, roundId, expertId, declarationId, reason, declarationSide, expertSide,
				justification, dismissedBy, dismissedAt, lapsedAt);
	}

	ConflictKey key() {
		return new ConflictKey(expertId, declarationId, reason, declarationSide, expertSide);
	}

	/** Whether it still covers a conflict found with this key. */
	boolean covers(ConflictKey conflict) {
		return !isLapsed() && key().equals(conflict);
	}

	void lapse(Instant now) {
		if (lapsedAt == null) {
			lapsedAt = now;
		}
	}

	public boolean isLapsed() {
		return lapsedAt != null;
	}

	public Long getId() {
		return id;
	}

	public Long getRoundId() {
		return roundId;
	}

	public Long getExpertId() {
		return expertId;
	}

	public Long getDeclarationId() {
		return declarationId;
	}

	public ConflictReason getReason() {
		return reason;
	}

	public String getJustification() {
		return justification;
	}

	public String getDismissedBy() {
		return dismissedBy;
	}

	public Instant getDismissedAt() {
		return dismissedAt;
	}

	public Instant getLapsedAt() {
		return lapsedAt;
	}

	/** The arguments of the reason's message: {0} the declaration's side, {1} the expert's side. */
	public Object[] messageArguments() {
		return new Object[] { declarationSide, expertSide };
	}
}
