package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;

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

import cn.tsbase.operation.LiaisonReportAccepted;
import cn.tsbase.operation.LiaisonReportReturned;
import cn.tsbase.operation.LiaisonReportSubmitted;
import cn.tsbase.shared.StateConflictException;

/**
 * A base's liaison report (联络报告) for one period: work status, suggestions and typical cases (the problems are
 * separate items, {@link LiaisonProblem}). Written as a draft, submitted, then accepted or returned with a reason;
 * a returned report is corrected and submitted again. Whether it was late is fixed at its first submission. Each
 * transition registers the event that announces it, published when the report is saved in the use case's transaction.
 */
@Entity
@Table(name = "liaison_report")
class LiaisonReport extends AbstractAggregateRoot<LiaisonReport> {

	enum Status {
		DRAFT, SUBMITTED, RETURNED, ACCEPTED;

		String messageKey() {
			return "operation.liaison.status." + name();
		}
	}

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

	@Column(name = "period_start", nullable = false, updatable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false, updatable = false)
	private LocalDate periodEnd;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Status status;

	@Column(name = "work_status")
	private String workStatus;

	private String suggestions;

	@Column(name = "typical_cases")
	private String typicalCases;

	/** The unit's typical cases in the case library that the report names (ids; the library keeps the cases). */
	@jakarta.persistence.ElementCollection
	@jakarta.persistence.CollectionTable(name = "liaison_report_case",
			joinColumns = @jakarta.persistence.JoinColumn(name = "report_id"))
	@Column(name = "case_id", nullable = false)
	private java.util.Set<Long> linkedCases = new java.util.LinkedHashSet<>();

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "first_submitted_on")
	private LocalDate firstSubmittedOn;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "submitted_by")
	private String submittedBy;

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

	protected LiaisonReport() {
	}

	LiaisonReport(BaseProfile base, ReportInterval.Period period, LocalDate dueOn, Instant now) {
		this.baseId = base.getBaseId();
		this.unitId = base.getUnitId();
		this.unitName = base.getUnitName();
		this.districtCode = base.getDistrictCode();
		this.periodStart = period.start();
		this.periodEnd = period.end();
		this.dueOn = dueOn;
		this.status = Status.DRAFT;
		this.updatedAt = now;
	}

	boolean isEditable() {
		return status == Status.DRAFT || status == Status.RETURNED;
	}

	void write(String workStatus, String suggestions, String typicalCases, Instant now) {
		if (!isEditable()) {
			throw new StateConflictException("operation.liaison.notEditable", "Report " + id + " is " + status);
		}
		this.workStatus = workStatus;
		this.suggestions = suggestions;
		this.typicalCases = typicalCases;
		this.updatedAt = now;
	}

	/** Submits the report; the first submission decides whether it was late (after its due date). */
	void submit(String by, Instant now, LocalDate today) {
		if (!isEditable()) {
			throw new StateConflictException("operation.liaison.notSubmittable", "Report " + id + " is " + status);
		}
		if (workStatus == null || workStatus.isBlank()) {
			throw new StateConflictException("operation.liaison.workStatusRequired", "Report " + id + " is empty");
		}
		if (firstSubmittedOn == null) {
			firstSubmittedOn = today;
			late = dueOn != null && today.isAfter(dueOn);
		}
		status = Status.SUBMITTED;
		submittedBy = by;
		submittedAt = now;
		updatedAt = now;
		registerEvent(new LiaisonReportSubmitted(baseId, unitId, unitName, districtCode, periodStart, periodEnd));
	}

	void accept(String by, Instant now) {
		requireSubmitted();
		status = Status.ACCEPTED;
		returnReason = null;
		decidedBy = by;
		decidedAt = now;
		updatedAt = now;
		registerEvent(new LiaisonReportAccepted(baseId, unitId, unitName, districtCode, periodStart, periodEnd));
	}

	void returnForRevision(String reason, String by, Instant now) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new StateConflictException("operation.liaison.reasonRequired", "A return needs a reason");
		}
		status = Status.RETURNED;
		returnReason = reason;
		decidedBy = by;
		decidedAt = now;
		updatedAt = now;
		registerEvent(new LiaisonReportReturned(baseId, unitId, unitName, districtCode, periodStart, periodEnd,
				reason));
	}

	/** Names the unit's cases of the library (replacing those named before); only while the report may be edited. */
	void linkCases(java.util.Collection<Long> caseIds) {
		if (!isEditable()) {
			throw new StateConflictException("operation.liaison.notEditable", "Report " + id + " is " + status);
		}
		linkedCases.clear();
		linkedCases.addAll(caseIds);
	}

	java.util.Set<Long> getLinkedCases() {
		return java.util.Set.copyOf(linkedCases);
	}

	/** The events registered by transitions and not yet published (for tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	private void requireSubmitted() {
		if (status != Status.SUBMITTED) {
			throw new StateConflictException("operation.liaison.notSubmitted", "Report " + id + " is " + status);
		}
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

	LocalDate getPeriodStart() {
		return periodStart;
	}

	LocalDate getPeriodEnd() {
		return periodEnd;
	}

	LocalDate getDueOn() {
		return dueOn;
	}

	Status getStatus() {
		return status;
	}

	String getWorkStatus() {
		return workStatus;
	}

	String getSuggestions() {
		return suggestions;
	}

	String getTypicalCases() {
		return typicalCases;
	}

	String getReturnReason() {
		return returnReason;
	}

	LocalDate getFirstSubmittedOn() {
		return firstSubmittedOn;
	}

	boolean isLate() {
		return late;
	}

	String getSubmittedBy() {
		return submittedBy;
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
