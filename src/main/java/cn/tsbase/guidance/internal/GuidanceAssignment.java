package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tsbase.shared.StateConflictException;

/**
 * A unit (a base's, or one being cultivated) assigned to a guidance officer from a day, until the assignment ends.
 * Ended assignments stay as the history; a unit has at most one current assignment.
 */
@Entity
@Table(name = "guidance_assignment")
class GuidanceAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "officer_id", updatable = false)
	private GuidanceOfficer officer;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false, updatable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "base_id", updatable = false)
	private Long baseId;

	@Column(name = "valid_from", nullable = false, updatable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "assigned_by", nullable = false, updatable = false)
	private String assignedBy;

	@Column(name = "assigned_at", nullable = false, updatable = false)
	private Instant assignedAt;

	@Column(name = "ended_by")
	private String endedBy;

	@Version
	private Long version;

	protected GuidanceAssignment() {
	}

	GuidanceAssignment(GuidanceOfficer officer, long unitId, String unitName, String districtCode, Long baseId,
			LocalDate validFrom, String assignedBy, Instant assignedAt) {
		this.officer = officer;
		this.unitId = unitId;
		this.unitName = unitName;
		this.districtCode = districtCode;
		this.baseId = baseId;
		this.validFrom = validFrom;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	/** Ends the assignment on the day; an ended assignment cannot end again. */
	void end(LocalDate on, String by) {
		if (validTo != null) {
			throw new StateConflictException("guidance.assignment.alreadyEnded", "Assignment " + id + " has ended");
		}
		this.validTo = on.isBefore(validFrom) ? validFrom : on;
		this.endedBy = by;
	}

	boolean isCurrent() {
		return validTo == null;
	}

	AssignmentView toView() {
		return new AssignmentView(id, officer.getId(), officer.getDisplayName(), unitId, unitName, districtCode, baseId,
				validFrom, validTo, version);
	}

	Long getId() {
		return id;
	}

	GuidanceOfficer getOfficer() {
		return officer;
	}

	Long getUnitId() {
		return unitId;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	Long getVersion() {
		return version;
	}
}
