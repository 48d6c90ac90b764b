package cn.tsbase.evaluation.internal;

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
import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.evaluation.RevocationTriggerFlagged;

/** A ground for revocation flagged to the district and the municipal bureau, detected or recorded by an officer. */
@Entity
@Table(name = "revocation_trigger")
class RevocationTrigger extends AbstractAggregateRoot<RevocationTrigger> {

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
	@Column(nullable = false, updatable = false)
	private TriggerKind kind;

	@Column(nullable = false, updatable = false)
	private String detail;

	@Column(name = "trigger_year", updatable = false)
	private Integer year;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private TriggerStatus status;

	@Column(name = "revocation_id")
	private Long revocationId;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected RevocationTrigger() {
	}

	RevocationTrigger(long baseId, long unitId, String unitName, String districtCode, TriggerKind kind, String detail,
			Integer year, String recordedBy, Instant recordedAt) {
		this.baseId = baseId;
		this.unitId = unitId;
		this.unitName = unitName;
		this.districtCode = districtCode;
		this.kind = kind;
		this.detail = detail;
		this.year = year;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.status = TriggerStatus.OPEN;
	}

	void proposed(long revocationId) {
		this.status = TriggerStatus.PROPOSED;
		this.revocationId = revocationId;
	}

	TriggerView view() {
		return new TriggerView(id, baseId, unitId, unitName, districtCode, kind, detail, year, status, revocationId,
				recordedBy, recordedAt);
	}

	/** Announces the flagged ground once it has its id (after the first save). */
	RevocationTrigger flagged() {
		registerEvent(new RevocationTriggerFlagged(id, baseId, unitName, districtCode, kind.name()));
		return this;
	}

	/** The events registered and not yet published (for tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	Long getId() {
		return id;
	}

	Long getBaseId() {
		return baseId;
	}

	TriggerStatus getStatus() {
		return status;
	}
}
