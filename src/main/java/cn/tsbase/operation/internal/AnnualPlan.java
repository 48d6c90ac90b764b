package cn.tsbase.operation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.AnnualPlanAccepted;
import cn.tsbase.operation.AnnualPlanReturned;
import cn.tsbase.operation.AnnualPlanSubmitted;
import cn.tsbase.shared.StateConflictException;

/**
 * A base's annual work plan for one year. The unit writes it while it is a draft or returned; submitting hands it to
 * the district, which returns it with a reason or accepts it. Each transition refuses the wrong state (409), and
 * registers the event that announces it (published when the plan is saved, inside the use case's transaction, so the
 * event publication registry keeps it) and returns it.
 */
@Entity
@Table(name = "annual_plan")
class AnnualPlan extends AbstractAggregateRoot<AnnualPlan> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "base_id", nullable = false, updatable = false)
	private Long baseId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "base_type", nullable = false, updatable = false)
	private BaseType baseType;

	@Column(name = "plan_year", nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private PlanStatus status;

	private String goals;

	private String resources;

	private BigDecimal budget;

	@Column(name = "standards_work")
	private String standardsWork;

	@Column(name = "target_training_ratio")
	private Integer targetTrainingRatio;

	@Column(name = "target_legal_events")
	private Integer targetLegalEvents;

	@Column(name = "target_demo_enterprises")
	private Integer targetDemoEnterprises;

	@Column(name = "target_rules_ratio")
	private Integer targetRulesRatio;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "annual_plan_activity", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<Row> activities = new ArrayList<>();

	private String guidance;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "submitted_version", nullable = false)
	private int submittedVersion;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	/** A planned activity as stored. */
	@Embeddable
	static class Row {

		@Column(name = "plan_month", nullable = false)
		private int month;

		@Enumerated(EnumType.STRING)
		@JdbcTypeCode(SqlTypes.VARCHAR)
		@Column(nullable = false)
		private ActivityKind kind;

		@Column(nullable = false)
		private String topic;

		@Column(nullable = false)
		private String audience;

		@Column(name = "expected_reach", nullable = false)
		private int expectedReach;

		protected Row() {
		}

		Row(PlanContent.PlannedActivity a) {
			this.month = a.month();
			this.kind = a.kind();
			this.topic = a.topic();
			this.audience = a.audience();
			this.expectedReach = a.expectedReach();
		}

		PlanContent.PlannedActivity toActivity() {
			return new PlanContent.PlannedActivity(month, kind, topic, audience, expectedReach);
		}
	}

	protected AnnualPlan() {
	}

	AnnualPlan(long baseId, long unitId, String unitName, String districtCode, BaseType baseType, int year,
			Instant now) {
		this.baseId = baseId;
		this.unitId = unitId;
		this.unitName = unitName;
		this.districtCode = districtCode;
		this.baseType = baseType;
		this.year = year;
		this.status = PlanStatus.DRAFT;
		this.updatedAt = now;
	}

	/** Saves the unit's text; only a draft or a returned plan can change. */
	void write(PlanContent content, Instant now) {
		if (!status.isEditable()) {
			throw new StateConflictException("operation.plan.notEditable", "Plan " + id + " is " + status);
		}
		goals = content.goals();
		resources = content.resources();
		budget = content.budget();
		standardsWork = content.standardsWork();
		PlanContent.ZoneTargets targets = baseType == BaseType.ZONE ? content.zoneTargets() : null;
		targetTrainingRatio = targets == null ? null : targets.trainingRatio();
		targetLegalEvents = targets == null ? null : targets.legalEvents();
		targetDemoEnterprises = targets == null ? null : targets.demonstrationEnterprises();
		targetRulesRatio = targets == null ? null : targets.rulesRatio();
		activities.clear();
		content.activities().forEach(a -> activities.add(new Row(a)));
		updatedAt = now;
	}

	/**
	 * Hands the plan to the district as its next submitted version. A plan needs its goals and at least one planned
	 * activity.
	 */
	AnnualPlanSubmitted submit(Instant now) {
		if (!status.isEditable()) {
			throw new StateConflictException("operation.plan.notSubmittable", "Plan " + id + " is " + status);
		}
		if (goals == null || goals.isBlank() || activities.isEmpty()) {
			throw new StateConflictException("operation.plan.incomplete", "Plan " + id + " lacks goals or activities");
		}
		status = PlanStatus.SUBMITTED;
		submittedVersion++;
		submittedAt = now;
		updatedAt = now;
		return registerEvent(new AnnualPlanSubmitted(id, baseId, unitId, unitName, districtCode, year,
				submittedVersion));
	}

	/** The district returns the submitted plan for revision, with its reason. */
	AnnualPlanReturned returnForRevision(String reason, String by, Instant now) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new StateConflictException("operation.plan.reasonRequired", "A return needs a reason");
		}
		status = PlanStatus.RETURNED;
		returnReason = reason;
		decidedBy = by;
		decidedAt = now;
		updatedAt = now;
		return registerEvent(new AnnualPlanReturned(id, baseId, unitId, unitName, districtCode, year, reason));
	}

	/** The district accepts the submitted plan, with optional guidance. */
	AnnualPlanAccepted accept(String comment, String by, Instant now) {
		requireSubmitted();
		status = PlanStatus.ACCEPTED;
		guidance = comment;
		decidedBy = by;
		decidedAt = now;
		updatedAt = now;
		return registerEvent(new AnnualPlanAccepted(id, baseId, unitId, unitName, districtCode, year));
	}

	/** The events registered by transitions and not yet published (for tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	private void requireSubmitted() {
		if (status != PlanStatus.SUBMITTED) {
			throw new StateConflictException("operation.plan.notSubmitted", "Plan " + id + " is " + status);
		}
	}

	PlanContent content() {
		PlanContent.ZoneTargets targets = baseType == BaseType.ZONE ? new PlanContent.ZoneTargets(
				targetTrainingRatio, targetLegalEvents, targetDemoEnterprises, targetRulesRatio) : null;
		return new PlanContent(goals, activities.stream().map(Row::toActivity).toList(), resources, budget,
				standardsWork, targets);
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

	BaseType getBaseType() {
		return baseType;
	}

	int getYear() {
		return year;
	}

	PlanStatus getStatus() {
		return status;
	}

	String getGuidance() {
		return guidance;
	}

	String getReturnReason() {
		return returnReason;
	}

	int getSubmittedVersion() {
		return submittedVersion;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	long getVersion() {
		return version;
	}
}
