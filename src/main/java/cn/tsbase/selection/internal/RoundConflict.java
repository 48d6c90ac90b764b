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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.selection.ConflictReason;
import cn.tsbase.selection.RoundConflictView;

/**
 * A conflict of interest (回避) in a round: detected by {@link ConflictPolicy} (replaced at each detection) or declared
 * by the expert ({@link ConflictReason#DECLARED_BY_EXPERT}, with the expert's note; kept).
 */
@Entity
@Table(name = "review_conflict")
class RoundConflict {

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

	@Column(updatable = false)
	private String note;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected RoundConflict() {
	}

	RoundConflict(long roundId, long expertId, long declarationId, ConflictReason reason, String declarationSide,
			String expertSide, String note, String recordedBy, Instant recordedAt) {
		this.roundId = roundId;
		this.expertId = expertId;
		this.declarationId = declarationId;
		this.reason = reason;
		this.declarationSide = cut(declarationSide, 200);
		this.expertSide = cut(expertSide, 200);
		this.note = cut(note, 500);
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	static RoundConflict detected(long roundId, ConflictPolicy.Conflict conflict, String officer, Instant now) {
		return new RoundConflict(roundId, conflict.expertId(), conflict.declarationId(), conflict.reason(),
				conflict.declarationSide(), conflict.expertSide(), null, officer, now);
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	public boolean isDeclared() {
		return reason == ConflictReason.DECLARED_BY_EXPERT;
	}

	public ReviewPair pair() {
		return new ReviewPair(expertId, declarationId);
	}

	/** The arguments of the reason's message: {0} the declaration's side, {1} the expert's side. */
	public Object[] messageArguments() {
		return new Object[] { declarationSide, expertSide };
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

	public String getDeclarationSide() {
		return declarationSide;
	}

	public String getExpertSide() {
		return expertSide;
	}

	public String getNote() {
		return note;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	/** What pages and the JSON API see of it. */
	RoundConflictView view() {
		return new RoundConflictView(id, roundId, expertId, declarationId, reason, declarationSide, expertSide, note,
				recordedBy, recordedAt);
	}
}
