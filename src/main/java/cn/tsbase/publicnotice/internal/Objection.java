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

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.publicnotice.ObjectionDecision;
import cn.tsbase.publicnotice.ObjectionDecided;
import cn.tsbase.publicnotice.ObjectionFindingsRecorded;
import cn.tsbase.publicnotice.ObjectionInvestigated;
import cn.tsbase.publicnotice.ObjectionStatus;
import cn.tsbase.publicnotice.ObjectionVerificationRequested;
import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.crypto.EncryptedText;

/**
 * A written, real-name objection (书面实名异议) to a unit on a notice. Filed → (the district verifies) → decided:
 * upheld (the unit leaves the list) or dismissed, always with a written reply the objector reads with the receipt
 * number and secret code.
 */
@Entity
@Table(name = "objection")
class Objection extends AbstractAggregateRoot<Objection> {

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
	private ObjectionStatus status;

	@Column(name = "verification_request")
	private String verificationRequest;

	@Column(name = "district_findings")
	private String districtFindings;

	private String investigation;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ObjectionDecision decision;

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
	@BatchSize(size = 50)
	private List<Evidence> evidence = new ArrayList<>();

	@Version
	private long version;

	/** A file filed as evidence: an attachment owned by the objection, under the name the objector gave it. */
	@Embeddable
	static class Evidence {

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

		Long getAttachmentId() {
			return attachmentId;
		}

		String getOriginalName() {
			return originalName;
		}

		long getSize() {
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
		this.status = ObjectionStatus.FILED;
		this.filedAt = now;
	}

	/** Evidence is filed with the objection, never later: the objector has no way back in but the status page. */
	void fileEvidence(long attachmentId, String originalName, long size) {
		if (status != ObjectionStatus.FILED || verificationRequest != null) {
			throw new StateConflictException("objection.evidenceClosed", "Objection " + id + " is " + status);
		}
		evidence.add(new Evidence(attachmentId, originalName, size));
	}

	void askDistrictToVerify(String request) {
		requireOpen();
		this.status = ObjectionStatus.VERIFYING;
		this.verificationRequest = request;
		registerEvent(new ObjectionVerificationRequested(id, noticeId, receiptNo, targetDistrict, targetUnitName));
	}

	void recordDistrictFindings(String findings) {
		if (status != ObjectionStatus.VERIFYING) {
			throw new StateConflictException("objection.notVerifying", "Objection " + id + " is " + status);
		}
		this.districtFindings = findings;
		registerEvent(new ObjectionFindingsRecorded(id, noticeId, receiptNo, targetDistrict, targetUnitName));
	}

	void recordInvestigation(String investigation) {
		requireOpen();
		this.investigation = investigation;
		registerEvent(new ObjectionInvestigated(id, noticeId));
	}

	void decide(ObjectionDecision decision, String reply, String by, Instant now) {
		requireOpen();
		this.decision = decision;
		this.reply = reply;
		this.decidedBy = by;
		this.decidedAt = now;
		this.status = ObjectionStatus.DECIDED;
		registerEvent(new ObjectionDecided(id, noticeId, decision));
	}

	private void requireOpen() {
		if (status == ObjectionStatus.DECIDED) {
			throw new StateConflictException("objection.decided.state", "Objection " + id + " is decided");
		}
	}

	boolean isOpen() {
		return status != ObjectionStatus.DECIDED;
	}

	Long getId() {
		return id;
	}

	Long getNoticeId() {
		return noticeId;
	}

	String getReceiptNo() {
		return receiptNo;
	}

	String getSecretHash() {
		return secretHash;
	}

	String getObjectorName() {
		return objectorName;
	}

	String getObjectorIdNumber() {
		return objectorIdNumber;
	}

	String getObjectorUnit() {
		return objectorUnit;
	}

	String getObjectorUnitUscc() {
		return objectorUnitUscc;
	}

	String getPhone() {
		return phone;
	}

	String getEmail() {
		return email;
	}

	int getTargetPosition() {
		return targetPosition;
	}

	String getTargetUnitName() {
		return targetUnitName;
	}

	String getTargetDistrict() {
		return targetDistrict;
	}

	String getGrounds() {
		return grounds;
	}

	ObjectionStatus getStatus() {
		return status;
	}

	String getVerificationRequest() {
		return verificationRequest;
	}

	String getDistrictFindings() {
		return districtFindings;
	}

	String getInvestigation() {
		return investigation;
	}

	ObjectionDecision getDecision() {
		return decision;
	}

	String getReply() {
		return reply;
	}

	Instant getFiledAt() {
		return filedAt;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	/** The evidence in the order it was filed (load it inside the transaction that loaded the objection). */
	List<Evidence> getEvidence() {
		return Collections.unmodifiableList(evidence);
	}

	long getVersion() {
		return version;
	}

	/** The events registered by transitions and not yet published (for tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	/** The objection as pages and the API show it (evidence loaded): the one mapping that leaves the module. */
	ObjectionView view() {
		return new ObjectionView(id, noticeId, receiptNo, objectorName, objectorIdNumber, objectorUnit,
				objectorUnitUscc, phone, email, targetPosition, targetUnitName, targetDistrict, grounds, status,
				verificationRequest, districtFindings, investigation, decision, reply, filedAt, decidedAt,
				evidence.stream().map(e -> new ObjectionView.Evidence(e.attachmentId, e.originalName, e.size)).toList(),
				version);
	}
}
