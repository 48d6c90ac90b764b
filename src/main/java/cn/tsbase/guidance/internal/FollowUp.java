package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

import cn.tsbase.guidance.FollowUpReopened;
import cn.tsbase.guidance.FollowUpReported;
import cn.tsbase.shared.StateConflictException;

/**
 * A recommendation of a visit with its due day, followed up to closure: the unit reports what it did, the officer
 * closes it or reopens it with a note (and the unit reports again).
 */
@Entity
@Table(name = "guidance_follow_up")
class FollowUp extends AbstractAggregateRoot<FollowUp> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "visit_id", nullable = false, updatable = false)
	private Long visitId;

	@Column(name = "officer_id", nullable = false, updatable = false)
	private Long officerId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false, updatable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(nullable = false, updatable = false)
	private String recommendation;

	@Column(name = "due_on", nullable = false, updatable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private FollowUpStatus status;

	@Column(name = "unit_report")
	private String unitReport;

	@Column(name = "reported_by")
	private String reportedBy;

	@Column(name = "reported_at")
	private Instant reportedAt;

	@Column(name = "officer_note")
	private String officerNote;

	@Column(name = "closed_by")
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private Long version;

	protected FollowUp() {
	}

	FollowUp(GuidanceVisit visit, String recommendation, LocalDate dueOn) {
		this.visitId = visit.getId();
		this.officerId = visit.getOfficer().getId();
		this.unitId = visit.getUnitId();
		this.unitName = visit.getUnitName();
		this.districtCode = visit.getDistrictCode();
		this.recommendation = recommendation;
		this.dueOn = dueOn;
		this.status = FollowUpStatus.OPEN;
	}

	/**
	 * The unit reports what it did; only while the follow-up is open. Registers {@link FollowUpReported} for the
	 * officer (by their account) who is to close or reopen it.
	 */
	FollowUpReported report(String what, String by, Instant at, long officerAccountId) {
		if (status != FollowUpStatus.OPEN) {
			throw new StateConflictException("guidance.followUp.notOpen", "Follow-up " + id + " is " + status);
		}
		this.status = FollowUpStatus.REPORTED;
		this.unitReport = what;
		this.reportedBy = by;
		this.reportedAt = at;
		return registerEvent(new FollowUpReported(id, visitId, unitId, unitName, officerAccountId));
	}

	/** The officer closes a follow-up the unit reported on (or an open one the officer saw done on the spot). */
	void close(String note, String by, Instant at) {
		if (status == FollowUpStatus.CLOSED) {
			throw new StateConflictException("guidance.followUp.alreadyClosed", "Follow-up " + id + " is closed");
		}
		this.status = FollowUpStatus.CLOSED;
		this.officerNote = note;
		this.closedBy = by;
		this.closedAt = at;
	}

	/** The officer sends a reported or closed follow-up back to the unit with the reason: {@link FollowUpReopened}. */
	FollowUpReopened reopen(String note) {
		if (status == FollowUpStatus.OPEN) {
			throw new StateConflictException("guidance.followUp.alreadyOpen", "Follow-up " + id + " is open");
		}
		this.status = FollowUpStatus.OPEN;
		this.officerNote = note;
		this.closedBy = null;
		this.closedAt = null;
		return registerEvent(new FollowUpReopened(id, visitId, unitId, unitName, note));
	}

	/** The events registered by transitions and not yet published (for tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	FollowUpView toView(LocalDate today) {
		return new FollowUpView(id, visitId, officerId, unitId, unitName, districtCode, recommendation, dueOn, status,
				status != FollowUpStatus.CLOSED && dueOn.isBefore(today), unitReport, reportedAt, officerNote,
				closedAt, version);
	}

	Long getId() {
		return id;
	}

	Long getVisitId() {
		return visitId;
	}

	Long getOfficerId() {
		return officerId;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitName() {
		return unitName;
	}

	Long getVersion() {
		return version;
	}
}
