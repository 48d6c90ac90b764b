package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

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
import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.evaluation.RectificationDecided;
import cn.tsbase.evaluation.RectificationIssued;
import cn.tsbase.evaluation.RectificationOverdue;
import cn.tsbase.evaluation.RectificationSubmitted;
import cn.tsbase.shared.StateConflictException;

/**
 * A rectification order (整改) for one base. Proposed when a 不合格 grade is published (or by an officer after a failed
 * veto item); the district issues it with items, the evidence required and a deadline; the base files its plan and
 * progress and submits; the district accepts (closed), returns it with reasons, or fails it for good. Each step
 * refuses the wrong state; an order still open after its deadline is overdue.
 */
@Entity
@Table(name = "rectification")
class Rectification extends AbstractAggregateRoot<Rectification> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "base_id", nullable = false, updatable = false)
	private Long baseId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false, updatable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "evaluation_id", updatable = false)
	private Long evaluationId;

	@Column(name = "evaluation_year", updatable = false)
	private Integer evaluationYear;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private RectificationOrigin origin;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private RectificationStatus status;

	private String items;

	@Column(name = "required_evidence")
	private String requiredEvidence;

	private LocalDate deadline;

	private String plan;

	private String progress;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "proposed_at", nullable = false, updatable = false)
	private Instant proposedAt;

	@Column(name = "issued_by")
	private String issuedBy;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "overdue_notified_on")
	private LocalDate overdueNotifiedOn;

	@Version
	private long version;

	protected Rectification() {
	}

	Rectification(long baseId, long unitId, String unitName, String districtCode, Long evaluationId,
			Integer evaluationYear, RectificationOrigin origin, String items, Instant proposedAt) {
		this.baseId = baseId;
		this.unitId = unitId;
		this.unitName = unitName;
		this.districtCode = districtCode;
		this.evaluationId = evaluationId;
		this.evaluationYear = evaluationYear;
		this.origin = origin;
		this.items = items;
		this.status = RectificationStatus.PROPOSED;
		this.proposedAt = proposedAt;
	}

	/** The district issues the order (again while it is only proposed: a correction before the base sees it). */
	/**
	 * Issues the order; the deadline is counted only once the state allows issuing, so that an order already issued
	 * is refused as such and not for a period the calendar cannot count.
	 */
	LocalDate issue(String items, String requiredEvidence, Supplier<LocalDate> deadline, String by, LocalDate today) {
		require(status == RectificationStatus.PROPOSED, "rectification.notProposed");
		LocalDate until = deadline.get();
		this.items = items;
		this.requiredEvidence = requiredEvidence;
		this.deadline = until;
		this.issuedBy = by;
		this.issuedOn = today;
		this.status = RectificationStatus.ISSUED;
		registerEvent(new RectificationIssued(id, baseId, unitId, districtCode, until));
		return this.deadline;
	}

	/** The base files (or updates) its plan and progress. */
	void file(String plan, String progress) {
		require(status.isUnitEditable(), "rectification.notEditable");
		this.plan = plan;
		this.progress = progress;
	}

	void submit(Instant now) {
		require(status.isUnitEditable(), "rectification.notEditable");
		require(plan != null && !plan.isBlank() && progress != null && !progress.isBlank(),
				"rectification.planMissing");
		this.status = RectificationStatus.SUBMITTED;
		this.submittedAt = now;
		registerEvent(new RectificationSubmitted(id, baseId, unitName, districtCode));
	}

	void accept(String reason, LocalDate today) {
		require(status == RectificationStatus.SUBMITTED, "rectification.notSubmitted");
		this.decisionReason = reason;
		this.status = RectificationStatus.ACCEPTED;
		this.closedOn = today;
		registerEvent(new RectificationDecided(id, baseId, unitId, districtCode, RectificationDecided.Outcome.ACCEPTED,
				reason));
	}

	/** Returns the order to the base with the reasons, or fails it for good (closed, a ground for revocation). */
	void reject(String reason, boolean finalRejection, LocalDate today) {
		require(status == RectificationStatus.SUBMITTED, "rectification.notSubmitted");
		this.decisionReason = reason;
		if (finalRejection) {
			this.status = RectificationStatus.FAILED;
			this.closedOn = today;
		}
		else {
			this.status = RectificationStatus.RETURNED;
		}
		registerEvent(new RectificationDecided(id, baseId, unitId, districtCode, finalRejection
				? RectificationDecided.Outcome.FAILED : RectificationDecided.Outcome.RETURNED, reason));
	}

	/** Still open after its deadline. */
	boolean isOverdue(LocalDate today) {
		return status.isOpen() && deadline != null && today.isAfter(deadline);
	}

	/** Failed for good, or overdue: a 不合格 after it is a ground for revocation. */
	boolean hasFailed(LocalDate today) {
		return status == RectificationStatus.FAILED || isOverdue(today);
	}

	/** Announces the order as overdue (once: the job picks only orders not announced before). */
	void overdueNotified(LocalDate today) {
		this.overdueNotifiedOn = today;
		registerEvent(new RectificationOverdue(id, baseId, unitId, unitName, districtCode, deadline));
	}

	/** The events registered by transitions and not yet published (for tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	private static void require(boolean condition, String messageKey) {
		if (!condition) {
			throw new StateConflictException(messageKey, messageKey);
		}
	}

	RectificationView view(LocalDate today) {
		return new RectificationView(id, baseId, unitId, unitName, districtCode, evaluationId, evaluationYear, origin,
				status, items, requiredEvidence, deadline, plan, progress, decisionReason, proposedAt, issuedBy,
				issuedOn, submittedAt, closedOn, isOverdue(today), version);
	}

	Long getId() {
		return id;
	}

	Long getBaseId() {
		return baseId;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitName() {
		return unitName;
	}

	String getDistrictCode() {
		return districtCode;
	}

	Long getEvaluationId() {
		return evaluationId;
	}

	LocalDate getDeadline() {
		return deadline;
	}

	RectificationStatus getStatus() {
		return status;
	}

	LocalDate getOverdueNotifiedOn() {
		return overdueNotifiedOn;
	}

	long getVersion() {
		return version;
	}
}
