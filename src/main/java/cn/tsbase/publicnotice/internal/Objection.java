package cn.tsbase.publicnotice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.publicnotice.ObjectionFindingsRecorded;
import cn.tsbase.publicnotice.ObjectionVerificationRequested;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.crypto.EncryptedText;

/**
 * A written, real-name objection (书面实名异议) to a unit on a notice. Filed → (the district verifies) → decided:
 * upheld (the unit leaves the list) or dismissed, always with a written reply the objector reads with the receipt
 * number and secret code.
 */
@Entity
@Table(name = "objection")
public class Objection extends AbstractAggregateRoot<Objection> {

	public enum Status {
		FILED, VERIFYING, DECIDED;

		public String messageKey() {
			return "objection.status." + name();
		}
	}

	public enum Decision {
		UPHELD, DISMISSED;

		public String messageKey() {
			return "objection.decision." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "notice_id", nullable = false, updatable = false)
	private Long noticeId;

	@Column(name = "receipt_no", nullable = false, updatable = false)
	private String receiptNo;

	@Column(name = "secret_hash", nullable = false, updatable = false)
	private String secretHash;

	@Column(name = "objector_name", nullable = false, updatable = false)
	private String objectorName;

	@Convert(converter = EncryptedText.class)
	@Column(name = "objector_id_number", updatable = false)
	private String objectorIdNumber;

	@Column(name = "objector_unit", updatable = false)
	private String objectorUnit;

	@Column(name = "objector_unit_uscc", updatable = false)
	private String objectorUnitUscc;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false, updatable = false)
	private String phone;

	@Convert(converter = EncryptedText.class)
	@Column(updatable = false)
	private String email;

	@Column(name = "target_position", nullable = false, updatable = false)
	private int targetPosition;

	@Column(name = "target_unit_name", nullable = false, updatable = false)
	private String targetUnitName;

	@Column(name = "target_district", nullable = false, updatable = false)
	private String targetDistrict;

	@Column(nullable = false, updatable = false)
	private String grounds;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Status status;

	@Column(name = "verification_request")
	private String verificationRequest;

	@Column(name = "district_findings")
	private String districtFindings;

	private String investigation;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Decision decision;

	private String reply;

	@Column(name = "filed_at", nullable = false, updatable = false)
	private Instant filedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "objection_evidence", joinColumns = @JoinColumn(name = "objection_id"))
	@OrderColumn(name = "position")
	private List<Evidence> evidence = new ArrayList<>();

	@Version
	private long version;

	/** A file filed as evidence: an attachment owned by the objection, under the name the objector gave it. */
	@Embeddable
	public static class Evidence {

		@Column(name = "attachment_id", nullable = false, updatable = false)
		private Long attachmentId;

		@Column(name = "original_name", nullable = false, updatable = false)
		private String originalName;

		@Column(name = "size_bytes", nullable = false, updatable = false)
		private long size;

		protected Evidence() {
		}

		Evidence(long attachmentId, String originalName, long size) {
			this.attachmentId = attachmentId;
			this.originalName = originalName;
			this.size = size;
		}

		public Long getAttachmentId() {
			return attachmentId;
		}

		public String getOriginalName() {
			return originalName;
		}

		public long getSize() {
			return size;
		}
	}

	protected Objection() {
	}

	Objection(long noticeId, String receiptNo, String secretHash, Objector objector, int targetPosition,
			String targetUnitName, String targetDistrict, String grounds, Instant now) {
		this.noticeId = noticeId;
		this.receiptNo = receiptNo;
		this.secretHash = secretHash;
		this.objectorName = objector.name();
		this.objectorIdNumber = objector.idNumber();
		this.objectorUnit = objector.unit();
		this.objectorUnitUscc = objector.unitUscc();
		this.phone = objector.phone();
		this.email = objector.email();
		this.targetPosition = targetPosition;
		this.targetUnitName = targetUnitName;
		this.targetDistrict = targetDistrict;
		this.grounds = grounds;
		this.status = Status.FILED;
		this.filedAt = now;
	}

	/** Who objects: a person (name and ID number) or a unit (name and credit code), with contacts. */
	public record Objector(String name, String idNumber, String unit, String unitUscc, String phone, String email) {
	}

	/** Evidence is filed with the objection, never later: the objector has no way back in but the status page. */
	void fileEvidence(long attachmentId, String originalName, long size) {
		if (status != Status.FILED || verificationRequest != null) {
			throw new StateConflictException("objection.evidenceClosed", "Objection " + id + " is " + status);
		}
		evidence.add(new Evidence(attachmentId, originalName, size));
	}

	void askDistrictToVerify(String request) {
		requireOpen();
		this.status = Status.VERIFYING;
		this.verificationRequest = request;
		registerEvent(new ObjectionVerificationRequested(id, noticeId, receiptNo, targetDistrict, targetUnitName));
	}

	void recordDistrictFindings(String findings) {
		if (status != Status.VERIFYING) {
			throw new StateConflictException("objection.notVerifying", "Objection " + id + " is " + status);
		}
		this.districtFindings = findings;
		registerEvent(new ObjectionFindingsRecorded(id, noticeId, receiptNo, targetDistrict, targetUnitName));
	}

	void recordInvestigation(String investigation) {
		requireOpen();
		this.investigation = investigation;
	}

	void decide(Decision decision, String reply, String by, Instant now) {
		requireOpen();
		this.decision = decision;
		this.reply = reply;
		this.decidedBy = by;
		this.decidedAt = now;
		this.status = Status.DECIDED;
	}

	private void requireOpen() {
		if (status == Status.DECIDED) {
			throw new StateConflictException("objection.decided.state", "Objection " + id + " is decided");
		}
	}

	public boolean isOpen() {
		return status != Status.DECIDED;
	}

	public Long getId() {
		return id;
	}

	public Long getNoticeId() {
		return noticeId;
	}

	public String getReceiptNo() {
		return receiptNo;
	}

	String getSecretHash() {
		return secretHash;
	}

	public String getObjectorName() {
		return objectorName;
	}

	public String getObjectorIdNumber() {
		return objectorIdNumber;
	}

	public String getObjectorUnit() {
		return objectorUnit;
	}

	public String getObjectorUnitUscc() {
		return objectorUnitUscc;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public int getTargetPosition() {
		return targetPosition;
	}

	public String getTargetUnitName() {
		return targetUnitName;
	}

	public String getTargetDistrict() {
		return targetDistrict;
	}

	public String getGrounds() {
		return grounds;
	}

	public Status getStatus() {
		return status;
	}

	public String getVerificationRequest() {
		return verificationRequest;
	}

	public String getDistrictFindings() {
		return districtFindings;
	}

	public String getInvestigation() {
		return investigation;
	}

	public Decision getDecision() {
		return decision;
	}

	public String getReply() {
		return reply;
	}

	public Instant getFiledAt() {
		return filedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	/** The evidence in the order it was filed (load it inside the transaction that loaded the objection). */
	public List<Evidence> getEvidence() {
		return Collections.unmodifiableList(evidence);
	}

	public long getVersion() {
		return version;
	}
}
