package cn.tsbase.reporting.internal;

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

import cn.tsbase.reporting.SummaryReportAccepted;
import cn.tsbase.reporting.SummaryReportReturned;
import cn.tsbase.reporting.SummaryReportSubmitted;
import cn.tsbase.shared.StateConflictException;

/**
 * A district's annual summary report (年度工作总结) of one year: the district writes the four texts while it is a draft
 * or returned; submitting freezes the year's figures as they stand and hands it to the municipal bureau, which returns
 * it with a reason or accepts it (draft → submitted → accepted / returned → resubmitted → …). Each transition refuses
 * the wrong state (409) and yields the event that announces it.
 */
@Entity
@Table(name = "summary_report")
class SummaryReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "report_year", nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private SummaryReportStatus status;

	@Column(name = "work_done")
	private String workDone;

	private String experience;

	private String problems;

	private String suggestions;

	/** The figures as they stood at the last submission, as JSON ({@link SummaryFigures}); null while a draft. */
	private String figures;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(nullable = false)
	private int submissions;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

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

	protected SummaryReport() {
	}

	SummaryReport(String districtCode, int year, String createdBy, Instant now) {
		this.districtCode = districtCode;
		this.year = year;
		this.createdBy = createdBy;
		this.status = SummaryReportStatus.DRAFT;
		this.updatedAt = now;
	}

	/** Saves the district's text; only a draft or a returned report can change. */
	void write(SummaryText text, Instant now) {
		if (!status.isEditable()) {
			throw new StateConflictException("reporting.summary.notEditable", "Summary " + id + " is " + status);
		}
		workDone = text.workDone();
		experience = text.experience();
		problems = text.problems();
		suggestions = text.suggestions();
		updatedAt = now;
	}

	/**
	 * Hands the report to the municipal bureau with the figures as they stand now. It needs its account of the work
	 * done at least.
	 */
	SummaryReportSubmitted submit(String figuresJson, String districtName, String by, Instant now) {
		if (!status.isEditable()) {
			throw new StateConflictException("reporting.summary.notSubmittable", "Summary " + id + " is " + status);
		}
		if (workDone == null || workDone.isBlank()) {
			throw new StateConflictException("reporting.summary.incomplete", "Summary " + id + " lacks its text");
		}
		boolean again = status == SummaryReportStatus.RETURNED;
		status = again ? SummaryReportStatus.RESUBMITTED : SummaryReportStatus.SUBMITTED;
		figures = figuresJson;
		submissions++;
		submittedBy = by;
		submittedAt = now;
		updatedAt = now;
		return new SummaryReportSubmitted(id, districtCode, districtName, year, again);
	}

	/** The municipal bureau returns the submitted report for revision, with its reason. */
	SummaryReportReturned returnForRevision(String reason, String by, Instant now) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new StateConflictException("reporting.summary.reasonRequired", "A return needs a reason");
		}
		status = SummaryReportStatus.RETURNED;
		returnReason = reason;
		decidedBy = by;
		decidedAt = now;
		updatedAt = now;
		return new SummaryReportReturned(id, districtCode, year, reason);
	}

	/** The municipal bureau accepts the submitted report, with an optional note. */
	SummaryReportAccepted accept(String note, String by, Instant now) {
		requireSubmitted();
		status = SummaryReportStatus.ACCEPTED;
		decisionNote = note;
		decidedBy = by;
		decidedAt = now;
		updatedAt = now;
		return new SummaryReportAccepted(id, districtCode, year);
	}

	private void requireSubmitted() {
		if (!status.awaitsDecision()) {
			throw new StateConflictException("reporting.summary.notSubmitted", "Summary " + id + " is " + status);
		}
	}

	SummaryText text() {
		return new SummaryText(workDone, experience, problems, suggestions);
	}

	Long getId() {
		return id;
	}

	String getDistrictCode() {
		return districtCode;
	}

	int getYear() {
		return year;
	}

	SummaryReportStatus getStatus() {
		return status;
	}

	String getFigures() {
		return figures;
	}

	String getReturnReason() {
		return returnReason;
	}

	String getDecisionNote() {
		return decisionNote;
	}

	int getSubmissions() {
		return submissions;
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

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}
}
