package cn.tsbase.selection.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.selection.AssignmentView;
import cn.tsbase.selection.NoConflictDeclared;
import cn.tsbase.shared.StateConflictException;

/**
 * An expert assigned to a declaration in a round. The expert learns of it once it is released; they must then state
 * that they have no conflict of interest before the declaration's content opens to them (a stated conflict removes
 * the assignment instead).
 */
@Entity
@Table(name = "review_assignment")
class Assignment extends AbstractAggregateRoot<Assignment> {

	/** The only conflict declaration an assignment keeps: the expert stated there is none. */
	static final String NO_CONFLICT = "NONE";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false, updatable = false)
	private Long roundId;

	@Column(name = "expert_id", nullable = false, updatable = false)
	private Long expertId;

	@Column(name = "declaration_id", nullable = false, updatable = false)
	private Long declarationId;

	@Column(nullable = false, updatable = false)
	private boolean manual;

	@Column(name = "expertise_match", nullable = false, updatable = false)
	private boolean expertiseMatch;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "released_at")
	private Instant releasedAt;

	@Column(name = "conflict_declaration")
	private String conflictDeclaration;

	@Column(name = "declared_at")
	private Instant declaredAt;

	@Version
	private long version;

	protected Assignment() {
	}

	Assignment(long roundId, long expertId, long declarationId, boolean manual, boolean expertiseMatch, Instant now) {
		this.roundId = roundId;
		this.expertId = expertId;
		this.declarationId = declarationId;
		this.manual = manual;
		this.expertiseMatch = expertiseMatch;
		this.createdAt = now;
	}

	void release(Instant now) {
		if (releasedAt == null) {
			releasedAt = now;
		}
	}

	/** The expert states there is no conflict of interest; once is enough. */
	Assignment declareNoConflict(Instant now) {
		if (!isReleased()) {
			throw new StateConflictException("review.notReleased", "Assignment " + id + " is not released");
		}
		if (!hasDeclaredNoConflict()) {
			conflictDeclaration = NO_CONFLICT;
			declaredAt = now;
			registerEvent(new NoConflictDeclared(id, roundId, declarationId));
		}
		return this;
	}

	public ReviewPair pair() {
		return new ReviewPair(expertId, declarationId);
	}

	public boolean isReleased() {
		return releasedAt != null;
	}

	public boolean hasDeclaredNoConflict() {
		return NO_CONFLICT.equals(conflictDeclaration);
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

	public boolean isManual() {
		return manual;
	}

	public boolean isExpertiseMatch() {
		return expertiseMatch;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReleasedAt() {
		return releasedAt;
	}

	public Instant getDeclaredAt() {
		return declaredAt;
	}

	public long getVersion() {
		return version;
	}

	/** What pages and the JSON API see of it. */
	AssignmentView view() {
		return new AssignmentView(id, roundId, expertId, declarationId, manual, expertiseMatch, createdAt, releasedAt,
				hasDeclaredNoConflict(), declaredAt, version);
	}
}
