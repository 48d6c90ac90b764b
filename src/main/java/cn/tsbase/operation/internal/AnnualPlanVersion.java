package cn.tsbase.operation.internal;

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

/** A submitted version of an annual plan, kept as submitted, with the district's decision on it. */
@Entity
@Table(name = "annual_plan_version")
class AnnualPlanVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false, updatable = false)
	private Long planId;

	@Column(nullable = false, updatable = false)
	private int number;

	/** The plan's content as JSON ({@link PlanContent}). */
	@Column(nullable = false, updatable = false)
	private String content;

	@Column(name = "submitted_by", nullable = false, updatable = false)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private PlanStatus decision;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected AnnualPlanVersion() {
	}

	AnnualPlanVersion(long planId, int number, String content, String submittedBy, Instant submittedAt) {
		this.planId = planId;
		this.number = number;
		this.content = content;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	void decided(PlanStatus decision, String reason, String by, Instant at) {
		this.decision = decision;
		this.decisionReason = reason;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	int getNumber() {
		return number;
	}

	String getContent() {
		return content;
	}

	String getSubmittedBy() {
		return submittedBy;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	PlanStatus getDecision() {
		return decision;
	}

	String getDecisionReason() {
		return decisionReason;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}
}
