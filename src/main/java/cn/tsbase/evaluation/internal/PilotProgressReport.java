package cn.tsbase.evaluation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import cn.tsbase.evaluation.PilotProgressReportDecided;
import cn.tsbase.evaluation.PilotProgressReportSubmitted;
import cn.tsbase.shared.StateConflictException;

/**
 * A district's progress report on its national pilot for one half-year (上半年 to June, 下半年 to December): text and
 * figures, attachments held by the attachment module. The municipal bureau accepts a submitted report or returns it
 * with a reason; the district revises a returned one and submits it again. Each transition registers its event.
 */
@Entity
@Table(name = "pilot_progress_report")
class PilotProgressReport extends AbstractAggregateRoot<PilotProgressReport> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pilot_id", nullable = false, updatable = false)
	private long pilotId;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "report_year", nullable = false, updatable = false)
	private int year;

	@Column(name = "half_year", nullable = false, updatable = false)
	private int half;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private PilotProgressStatus status;

	@Column(nullable = false)
	private String content;

	@Embedded
	private PilotProgressFigures figures;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "submitted_by", nullable = false)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected PilotProgressReport() {
	}

	PilotProgressReport(long pilotId, String districtCode, int year, int half, String content,
			PilotProgressFigures figures, String by, Instant at) {
		this.pilotId = pilotId;
		this.districtCode = districtCode;
		this.year = year;
		this.half = half;
		this.content = content;
		this.figures = figures;
		this.submittedBy = by;
		this.submittedAt = at;
		this.status = PilotProgressStatus.SUBMITTED;
	}

	/** Announces the first submission once the report has its id (after the first save). */
	PilotProgressReport submitted() {
		registerEvent(new PilotProgressReportSubmitted(id, pilotId, districtCode, year, half));
		return this;
	}

	/** The district revises a returned report and submits it again; 409 unless returned. */
	PilotProgressReport revise(String content, PilotProgressFigures figures, String by, Instant at) {
		if (status != PilotProgressStatus.RETURNED) {
			throw new StateConflictException("pilot.progress.notReturned", "Report " + id + " is " + status);
		}
		this.content = content;
		this.figures = figures;
		this.submittedBy = by;
		this.submittedAt = at;
		this.status = PilotProgressStatus.SUBMITTED;
		return submitted();
	}

	PilotProgressReport accept(String by, Instant at) {
		requireSubmitted();
		this.status = PilotProgressStatus.ACCEPTED;
		this.returnReason = null;
		this.decidedBy = by;
		this.decidedAt = at;
		registerEvent(new PilotProgressReportDecided(id, pilotId, districtCode, year, half, true, null));
		return this;
	}

	PilotProgressReport returnForRevision(String reason, String by, Instant at) {
		requireSubmitted();
		this.status = PilotProgressStatus.RETURNED;
		this.returnReason = reason;
		this.decidedBy = by;
		this.decidedAt = at;
		registerEvent(new PilotProgressReportDecided(id, pilotId, districtCode, year, half, false, reason));
		return this;
	}

	/** Attachments may change while the report is submitted or returned, not once accepted. */
	void requireOpen() {
		if (status == PilotProgressStatus.ACCEPTED) {
			throw new StateConflictException("pilot.progress.accepted.locked", "Report " + id + " is accepted");
		}
	}

	private void requireSubmitted() {
		if (status != PilotProgressStatus.SUBMITTED) {
			throw new StateConflictException("pilot.progress.notSubmitted", "Report " + id + " is " + status);
		}
	}

	PilotProgressView view() {
		return new PilotProgressView(id, pilotId, districtCode, year, half, status, content, figures, returnReason,
				submittedBy, submittedAt, decidedBy, decidedAt, version);
	}

	/** The events registered and not yet published (for the transition tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	Long getId() {
		return id;
	}

	long getPilotId() {
		return pilotId;
	}

	String getDistrictCode() {
		return districtCode;
	}
}
