package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.util.List;

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

import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.guidance.CultivationEntryChanged;
import cn.tsbase.guidance.CultivationInvited;
import cn.tsbase.guidance.CultivationUnitAdded;
import cn.tsbase.guidance.CultivationUnitRemoved;
import cn.tsbase.shared.StateConflictException;

/**
 * A unit in the district's cultivation pool (培育库): why it is cultivated, by which guidance officer, notes; a unit
 * not registered yet is kept by its credit code until it registers. The district invites it to a call; its
 * declaration to a call marks it as applied. The entry registers the events of the district's steps (added, changed,
 * invited, removed) and of a registered unit joining it, published when it is saved or deleted.
 */
@Entity
@Table(name = "cultivation_entry")
class CultivationEntry extends AbstractAggregateRoot<CultivationEntry> {

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

	/**
	 * The entry, saved with its id, is in the district's pool: registers {@link CultivationUnitAdded} and, for a
	 * registered unit, that the unit joined it (to back-fill how far it got); once.
	 */
	CultivationUnitAdded added() {
		if (id == null || !domainEvents().isEmpty()) {
			throw new IllegalStateException("Entry " + id + " is not a new, saved entry");
		}
		if (unitId != null) {
			registerEvent(new CultivationOutcomes.UnitJoined(id, unitId));
		}
		return registerEvent(new CultivationUnitAdded(id, districtCode, uscc, unitId));
	}

	/** The district changes the notes and the guidance officer (none: no officer): {@link CultivationEntryChanged}. */
	CultivationEntryChanged update(String notes, GuidanceOfficer officer) {
		this.notes = notes;
		this.officer = officer;
		return registerEvent(new CultivationEntryChanged(id, districtCode, officer == null ? null : officer.getId()));
	}

	/** The district takes the entry out of its pool (the entry is then deleted): {@link CultivationUnitRemoved}. */
	CultivationUnitRemoved remove() {
		return registerEvent(new CultivationUnitRemoved(id, districtCode, uscc));
	}

	/**
	 * The unit registered: the entry now follows the registered unit, which joined it; refused for an entry that
	 * follows a registered unit already.
	 */
	void registered(long unitId, String name) {
		if (this.unitId != null) {
			throw new StateConflictException("guidance.pool.alreadyRegistered", "Entry " + id + " is registered");
		}
		this.unitId = unitId;
		this.unitName = name;
		registerEvent(new CultivationOutcomes.UnitJoined(id, unitId));
	}

	/**
	 * Invites the unit to the call ({@link CultivationInvited}); a unit not registered yet cannot be invited (it gets
	 * the registration text).
	 */
	CultivationInvited invite(long callId, String callTitle, Instant at) {
		if (unitId == null) {
			throw new StateConflictException("guidance.pool.notRegistered", "Entry " + id + " is not registered");
		}
		this.invitedCallId = callId;
		this.invitedAt = at;
		return registerEvent(new CultivationInvited(id, unitId, unitName, callId, callTitle));
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

	/** The events registered by transitions and not yet published (for tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	boolean isRegistered() {
		return unitId != null;
	}

	boolean hasApplied() {
		return appliedCallId != null;
	}

	PoolEntryView toView(long visits) {
		return new PoolEntryView(id, districtCode, uscc, unitId, unitName, reason, notes,
				officer == null ? null : officer.getId(), officer == null ? null : officer.getDisplayName(),
				invitedCallId, invitedAt, appliedCallId, appliedAt, visits, addedAt, version, outcome);
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
