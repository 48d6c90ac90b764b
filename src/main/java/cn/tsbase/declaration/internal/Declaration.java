package cn.tsbase.declaration.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationReturned;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.declaration.DeclarationWithdrawn;
import cn.tsbase.declaration.Section;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.crypto.EncryptedText;

/**
 * A unit's declaration (申报) for a call. Its state changes only through the transitions below, each of which refuses
 * to run from the wrong state (HTTP 409, nothing changed):
 *
 * <pre>
 * DRAFT → SUBMITTED → RETURNED → RESUBMITTED → RECOMMENDED / NOT_RECOMMENDED
 *           └──────────────────────┴→ RECOMMENDED / NOT_RECOMMENDED;  DRAFT, SUBMITTED, RETURNED, RESUBMITTED → WITHDRAWN
 * </pre>
 *
 * The content is the form as JSON; every submission is kept as a {@code DeclarationVersion}. Each transition registers
 * its event ({@link DeclarationSubmitted}, {@link DeclarationReturned}, {@link DeclarationWithdrawn},
 * {@link DeclarationDecided}); the repository publishes it when the declaration is saved, inside the transaction, so the
 * event publication registry keeps it until every listener has run.
 */
@Entity
@Table(name = "declaration")
class Declaration extends AbstractAggregateRoot<Declaration> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "call_id", nullable = false, updatable = false)
	private Long callId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "base_type", nullable = false, updatable = false)
	private BaseType baseType;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private DeclarationStatus status;

	/** Denormalised for the district's queue: filter and search without reading the content. */
	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(name = "industry_code")
	private String industryCode;

	@Convert(converter = EncryptedText.class)
	@Column(name = "content_json", nullable = false)
	private String contentJson;

	@Column(name = "return_reasons_json")
	private String returnReasonsJson;

	@Column(name = "commitment_signer")
	private String commitmentSigner;

	@Column(name = "commitment_date")
	private LocalDate commitmentDate;

	/** The token of the last accepted submission: a retry or double click with the same token changes nothing. */
	@Column(name = "submission_token")
	private String submissionToken;

	@Column(name = "submitted_version", nullable = false)
	private int submittedVersion;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected Declaration() {
	}

	Declaration(long callId, long unitId, String districtCode, BaseType baseType, String unitName, String industryCode,
			String contentJson, Instant now) {
		this.callId = callId;
		this.unitId = unitId;
		this.districtCode = districtCode;
		this.baseType = baseType;
		this.unitName = unitName;
		this.industryCode = industryCode;
		this.contentJson = contentJson;
		this.status = DeclarationStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Saves a draft of the content; only while the unit may edit (draft, or returned for correction). The listing
	 * columns (unit name, industry) follow a first draft, but while a returned declaration is being corrected they keep
	 * what was submitted: the queues, their filters and exports show officers the declaration as last submitted
	 * ({@link DeclarationAsSeen}), and the correction reaches them with the resubmission.
	 */
	void saveDraft(String contentJson, String unitName, String industryCode, Instant now) {
		requireStatus(Set.of(DeclarationStatus.DRAFT, DeclarationStatus.RETURNED), "declaration.notEditable");
		this.contentJson = contentJson;
		if (status == DeclarationStatus.DRAFT) {
			this.unitName = unitName;
			this.industryCode = industryCode;
		}
		this.updatedAt = now;
	}

	/**
	 * Submits (or, after a return, resubmits) with the commitment; the caller has checked completeness.
	 *
	 * @return false when this submission (same token) was already accepted: nothing changes
	 */
	boolean submit(String token, String signer, LocalDate signedOn, Instant now) {
		return submit(token, signer, signedOn, unitName, industryCode, now);
	}

	/** Submits as above, listing the declaration under the submitted content's unit name and industry. */
	boolean submit(String token, String signer, LocalDate signedOn, String listedUnitName, String listedIndustryCode,
			Instant now) {
		if (isSubmissionOf(token)) {
			return false;
		}
		requireStatus(Set.of(DeclarationStatus.DRAFT, DeclarationStatus.RETURNED), "declaration.notSubmittable");
		boolean resubmission = status == DeclarationStatus.RETURNED;
		this.unitName = listedUnitName;
		this.industryCode = listedIndustryCode;
		this.status = status == DeclarationStatus.DRAFT ? DeclarationStatus.SUBMITTED : DeclarationStatus.RESUBMITTED;
		this.commitmentSigner = signer;
		this.commitmentDate = signedOn;
		this.submittedVersion++;
		this.submittedAt = now;
		this.updatedAt = now;
		this.submissionToken = token;
		registerEvent(new DeclarationSubmitted(id, callId, unitId, districtCode, unitName, baseType, resubmission,
				submittedVersion));
		return true;
	}

	/** Whether the token is that of the last accepted submission (a retry or a double click). */
	boolean isSubmissionOf(String token) {
		return token != null && token.equals(submissionToken);
	}

	/**
	 * The district returns the declaration for correction (退回补正), with reasons per section (kept as JSON, the
	 * reasons' encrypted form).
	 */
	void returnForCorrection(Map<Section, String> reasons, String reasonsJson, Instant now) {
		requireStatus(DeclarationStatus.AWAITING_REVIEW, "declaration.notReturnable");
		this.status = DeclarationStatus.RETURNED;
		this.returnReasonsJson = reasonsJson;
		this.updatedAt = now;
		registerEvent(new DeclarationReturned(id, unitId, districtCode, unitName, reasons.isEmpty() ? Map.of() : new EnumMap<>(reasons)));
	}

	/** The unit withdraws before the district has decided. */
	void withdraw(Instant now) {
		requireStatus(Set.of(DeclarationStatus.DRAFT, DeclarationStatus.SUBMITTED, DeclarationStatus.RETURNED,
				DeclarationStatus.RESUBMITTED), "declaration.notWithdrawable");
		this.status = DeclarationStatus.WITHDRAWN;
		this.updatedAt = now;
		registerEvent(new DeclarationWithdrawn(id, unitId, districtCode, unitName));
	}

	/** The district's decision: recommend to the municipal bureau or not. */
	void decide(boolean recommended, String reason, Instant now) {
		requireStatus(DeclarationStatus.AWAITING_REVIEW, "declaration.notDecidable");
		this.status = recommended ? DeclarationStatus.RECOMMENDED : DeclarationStatus.NOT_RECOMMENDED;
		this.decidedAt = now;
		this.updatedAt = now;
		registerEvent(new DeclarationDecided(id, unitId, districtCode, unitName, recommended, reason));
	}

	/** The events registered and not yet published (for the aggregate's own tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	private void requireStatus(Set<DeclarationStatus> allowed, String messageKey) {
		if (!allowed.contains(status)) {
			throw new StateConflictException(messageKey,
					"Declaration " + id + " is " + status + ", expected one of " + allowed);
		}
	}

	public Long getId() {
		return id;
	}

	public Long getCallId() {
		return callId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public BaseType getBaseType() {
		return baseType;
	}

	public DeclarationStatus getStatus() {
		return status;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	String getContentJson() {
		return contentJson;
	}

	String getReturnReasonsJson() {
		return returnReasonsJson;
	}

	public String getCommitmentSigner() {
		return commitmentSigner;
	}

	public LocalDate getCommitmentDate() {
		return commitmentDate;
	}

	public int getSubmittedVersion() {
		return submittedVersion;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public long getVersion() {
		return version;
	}

	/** The declaration as pages and the JSON API show it: the one mapping that leaves the module. */
	public DeclarationView view() {
		return new DeclarationView(id, callId, unitId, districtCode, unitName, industryCode, baseType, status,
				submittedVersion, submittedAt, commitmentSigner, commitmentDate, createdAt, updatedAt, decidedAt, version);
	}
}
