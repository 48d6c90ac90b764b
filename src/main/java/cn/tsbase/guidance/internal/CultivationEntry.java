package cn.tsbase.guidance.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tsbase.guidance.CultivationInvited;
import cn.tsbase.shared.StateConflictException;

/**
 * A unit in the district's cultivation pool (培育库): why it is cultivated, by which guidance officer, notes; a unit
 * not registered yet is kept by its credit code until it registers. The district invites it to a call; its
 * declaration to a call marks it as applied.
 */
@Entity
@Table(name = "cultivation_entry")
class CultivationEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(nullable = false, updatable = false)
	private String uscc;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(nullable = false)
	private String reason;

	private String notes;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "officer_id")
	private GuidanceOfficer officer;

	@Column(name = "invited_call_id")
	private Long invitedCallId;

	@Column(name = "invited_at")
	private Instant invitedAt;

	@Column(name = "applied_call_id")
	private Long appliedCallId;

	@Column(name = "applied_at")
	private Instant appliedAt;

	@Column(name = "declaration_id")
	private Long declarationId;

	@Enumerated(EnumType.STRING)
	private SelectionOutcome outcome;

	@Column(name = "added_by", nullable = false, updatable = false)
	private String addedBy;

	@Column(name = "added_at", nullable = false, updatable = false)
	private Instant addedAt;

	@Version
	private Long version;

	protected CultivationEntry() {
	}

	CultivationEntry(String districtCode, String uscc, Long unitId, String unitName, String reason, String notes,
			GuidanceOfficer officer, String addedBy, Instant addedAt) {
		this.districtCode = districtCode;
		this.uscc = uscc;
		this.unitId = unitId;
		this.unitName = unitName;
		this.reason = reason;
		this.notes = notes;
		this.officer = officer;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	/** The district changes the notes and the guidance officer (none: no officer). */
	void update(String notes, GuidanceOfficer officer) {
		this.notes = notes;
		this.officer = officer;
	}

	/** The unit registered: the entry now follows the registered unit. */
	void registered(long unitId, String name) {
		this.unitId = unitId;
		this.unitName = name;
	}

	/** Invites the unit to the call; a unit not registered yet cannot be invited (it gets the registration text). */
	CultivationInvited invite(long callId, String callTitle, Instant at) {
		if (unitId == null) {
			throw new StateConflictException("guidance.pool.notRegistered", "Entry " + id + " is not registered");
		}
		this.invitedCallId = callId;
		this.invitedAt = at;
		return new CultivationInvited(id, unitId, unitName, callId, callTitle);
	}

	void applied(long callId, Instant at) {
		this.appliedCallId = callId;
		this.appliedAt = at;
	}

	/** A (first, not re-) submission of a declaration: the selection of that declaration starts over. */
	void declared(long declarationId) {
		if (!Long.valueOf(declarationId).equals(this.declarationId) && outcome != SelectionOutcome.PUBLISHED) {
			this.declarationId = declarationId;
			this.outcome = SelectionOutcome.APPLIED;
		}
	}

	/** The declaration reached a stage; ignored for another declaration and for a stage before the one reached. */
	void reached(long declarationId, SelectionOutcome stage) {
		if (Long.valueOf(declarationId).equals(this.declarationId) && (outcome == null || outcome.isBefore(stage))) {
			this.outcome = stage;
		}
	}

	/** The unit was designated a base (whatever declaration it came from). */
	void published() {
		this.outcome = SelectionOutcome.PUBLISHED;
	}

	boolean isRegistered() {
		return unitId != null;
	}

	boolean hasApplied() {
		return appliedCallId != null;
	}

	PoolEntryView toView(long visits) {
		return new PoolEntryView(id, districtCode, uscc, unitId, unitName, reason, notes,
				officer == null ? null : officer.getDisplayName(), invitedCallId, invitedAt, appliedCallId, appliedAt,
				visits, addedAt, version, outcome);
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUscc() {
		return uscc;
	}
}
