package cn.tsbase.base.internal;

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

import cn.tsbase.base.BaseDesignated;
import cn.tsbase.base.BaseDetailView;
import cn.tsbase.base.BaseRevoked;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.base.BaseWithdrawn;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.StateConflictException;

/** A demonstration point or zone (示范点 / 示范区) of a batch year, designated by an official document. */
@Entity
@Table(name = "demonstration_base")
class DemonstrationBase {

	public enum Status {
		ACTIVE, REVOKED, WITHDRAWN;

		public String messageKey() {
			return "base.status." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "publication_id", nullable = false, updatable = false)
	private Long publicationId;

	@Column(name = "declaration_id", nullable = false, updatable = false)
	private Long declarationId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(nullable = false, updatable = false)
	private String uscc;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "base_type", nullable = false, updatable = false)
	private BaseType baseType;

	@Column(name = "batch_year", nullable = false, updatable = false)
	private int batchYear;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "industry_code")
	private String industryCode;

	@Column(name = "document_number", nullable = false, updatable = false)
	private String documentNumber;

	@Column(name = "document_date", nullable = false, updatable = false)
	private LocalDate documentDate;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Status status;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "status_changed_on")
	private LocalDate statusChangedOn;

	@Column(name = "status_document")
	private String statusDocument;

	@Column(name = "status_reason")
	private String statusReason;

	@Column(name = "certificate_number")
	private String certificateNumber;

	@Column(name = "verification_code")
	private String verificationCode;

	@Version
	private long version;

	protected DemonstrationBase() {
	}

	DemonstrationBase(long publicationId, long declarationId, long unitId, String unitName, String uscc,
			BaseType baseType, int batchYear, String districtCode, String industryCode, String documentNumber,
			LocalDate documentDate, Instant now) {
		this.publicationId = publicationId;
		this.declarationId = declarationId;
		this.unitId = unitId;
		this.unitName = unitName;
		this.uscc = uscc;
		this.baseType = baseType;
		this.batchYear = batchYear;
		this.districtCode = districtCode;
		this.industryCode = industryCode;
		this.documentNumber = documentNumber;
		this.documentDate = documentDate;
		this.status = Status.ACTIVE;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getDeclarationId() {
		return declarationId;
	}

	/** Revokes the title (摘牌) by a decision; only an active base can lose it. */
	BaseRevoked revoke(String documentNumber, LocalDate decidedOn, String reason) {
		requireActive();
		this.status = Status.REVOKED;
		this.statusChangedOn = decidedOn;
		this.statusDocument = documentNumber;
		this.statusReason = reason;
		return new BaseRevoked(id, unitId, districtCode, documentNumber, decidedOn, reason);
	}

	/** The unit gives up the title; only an active base can. */
	BaseWithdrawn withdraw(LocalDate withdrawnOn, String reason) {
		requireActive();
		this.status = Status.WITHDRAWN;
		this.statusChangedOn = withdrawnOn;
		this.statusReason = reason;
		return new BaseWithdrawn(id, unitId, districtCode, withdrawnOn, reason);
	}

	private void requireActive() {
		if (status != Status.ACTIVE) {
			throw new StateConflictException("base.notActive", "Base " + id + " is " + status);
		}
	}

	public LocalDate getStatusChangedOn() {
		return statusChangedOn;
	}

	public String getStatusDocument() {
		return statusDocument;
	}

	public String getStatusReason() {
		return statusReason;
	}

	/** The event that announces this (saved) base. */
	BaseDesignated designated() {
		return new BaseDesignated(id, unitId, unitName, uscc, baseType, batchYear, districtCode, declarationId,
				documentNumber);
	}

	/**
	 * Gives the (saved) base its certificate number and a fresh verification code, once: a base that has them keeps
	 * them, so a reprinted certificate checks the same.
	 */
	boolean certify() {
		if (verificationCode != null) {
			return false;
		}
		this.certificateNumber = CertificateCodes.number(batchYear, baseType, id);
		this.verificationCode = CertificateCodes.newCode();
		return true;
	}

	public String getCertificateNumber() {
		return certificateNumber;
	}

	public String getVerificationCode() {
		return verificationCode;
	}

	/** The verification code as printed, in groups of four. */
	public String getVerificationCodeDisplay() {
		return CertificateCodes.display(verificationCode);
	}

	/** Whether the base holds its title now (a certificate of any other status checks as not valid). */
	public boolean isActive() {
		return status == Status.ACTIVE;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getUscc() {
		return uscc;
	}

	public BaseType getBaseType() {
		return baseType;
	}

	public int getBatchYear() {
		return batchYear;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public LocalDate getDocumentDate() {
		return documentDate;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** The base as its pages, its certificate and the public API show it. */
	BaseDetailView detail() {
		return new BaseDetailView(id, unitId, unitName, uscc, baseType, batchYear, districtCode, industryCode,
				documentNumber, documentDate, BaseStatus.valueOf(status.name()), statusChangedOn, statusDocument,
				certificateNumber, verificationCode, getVerificationCodeDisplay());
	}
}
