package cn.tsbase.evaluation.internal;

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

import cn.tsbase.evaluation.RevocationDecided;
import cn.tsbase.evaluation.RevocationProposed;
import cn.tsbase.evaluation.RevocationResponded;
import cn.tsbase.shared.StateConflictException;

/**
 * The revocation procedure (摘牌) of one base: the municipal bureau proposes it with its grounds, the unit may respond
 * until the deadline, then the bureau decides: revoke under a document number (the base module revokes the title) or
 * drop it. The bureau may not decide before the unit has responded or its period has run out.
 */
@Entity
@Table(name = "revocation")
class Revocation extends AbstractAggregateRoot<Revocation> {

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

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private RevocationStatus status;

	@Column(nullable = false, updatable = false)
	private String grounds;

	@Column(name = "proposed_by", nullable = false, updatable = false)
	private String proposedBy;

	@Column(name = "proposed_on", nullable = false, updatable = false)
	private LocalDate proposedOn;

	@Column(name = "response_deadline", nullable = false, updatable = false)
	private LocalDate responseDeadline;

	private String response;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "reapply_from")
	private LocalDate reapplyFrom;

	@Version
	private long version;

	protected Revocation() {
	}

	Revocation(long baseId, long unitId, String unitName, String districtCode, String grounds, String proposedBy,
			LocalDate proposedOn, LocalDate responseDeadline) {
		this.baseId = baseId;
		this.unitId = unitId;
		this.unitName = unitName;
		this.districtCode = districtCode;
		this.grounds = grounds;
		this.proposedBy = proposedBy;
		this.proposedOn = proposedOn;
		this.responseDeadline = responseDeadline;
		this.status = RevocationStatus.PROPOSED;
	}

	/** The unit's response (statement, 陈述申辩), until the deadline; it may be revised while it is not decided. */
	void respond(String text, Instant now, LocalDate today) {
		require(status.isPending(), "revocation.notPending");
		require(!today.isAfter(responseDeadline), "revocation.responsePeriodOver");
		this.response = text;
		this.respondedAt = now;
		this.status = RevocationStatus.RESPONDED;
		registerEvent(new RevocationResponded(id, baseId, unitName, districtCode));
	}

	/** Announces the proposal once the procedure has its id (after the first save). */
	Revocation proposed() {
		registerEvent(new RevocationProposed(id, baseId, unitId, districtCode, responseDeadline));
		return this;
	}

	/** The events registered by transitions and not yet published (for tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	/** Whether the bureau may decide: the unit responded, or its period ran out. */
	boolean isDecidable(LocalDate today) {
		return status == RevocationStatus.RESPONDED
				|| (status == RevocationStatus.PROPOSED && today.isAfter(responseDeadline));
	}

	void revoke(String documentNumber, LocalDate decidedOn, String reason, String by, LocalDate reapplyFrom,
			LocalDate today) {
		require(status.isPending(), "revocation.notPending");
		require(isDecidable(today), "revocation.awaitingResponse");
		this.documentNumber = documentNumber;
		this.decidedOn = decidedOn;
		this.decisionReason = reason;
		this.decidedBy = by;
		this.reapplyFrom = reapplyFrom;
		this.status = RevocationStatus.REVOKED;
		registerEvent(new RevocationDecided(id, baseId, unitId, districtCode, true, documentNumber, reapplyFrom));
	}

	void drop(String reason, String by, LocalDate today) {
		require(status.isPending(), "revocation.notPending");
		this.decisionReason = reason;
		this.decidedBy = by;
		this.decidedOn = today;
		this.status = RevocationStatus.DROPPED;
		registerEvent(new RevocationDecided(id, baseId, unitId, districtCode, false, null, null));
	}

	private static void require(boolean condition, String messageKey) {
		if (!condition) {
			throw new StateConflictException(messageKey, messageKey);
		}
	}

	RevocationView view(LocalDate today) {
		return new RevocationView(id, baseId, unitId, unitName, districtCode, status, grounds, proposedBy, proposedOn,
				responseDeadline, response, respondedAt, documentNumber, decidedOn, decisionReason, decidedBy,
				reapplyFrom, status.isPending() && !today.isAfter(responseDeadline), isDecidable(today), version);
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

	RevocationStatus getStatus() {
		return status;
	}

	long getVersion() {
		return version;
	}
}
