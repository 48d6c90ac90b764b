package cn.tsbase.casework.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
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

import cn.tsbase.casework.CaseStatus;
import cn.tsbase.casework.TypicalCaseApprovedByDistrict;
import cn.tsbase.casework.TypicalCasePublished;
import cn.tsbase.casework.TypicalCaseRejected;
import cn.tsbase.casework.TypicalCaseSubmitted;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.crypto.EncryptedText;

/**
 * A typical case (典型案例) with its private full version (encrypted) and its publishable desensitised version. The
 * author writes it while it is a draft or rejected; the confidentiality review (保密审查) goes district, then municipal
 * bureau; either may reject with a reason. Submitting refuses a public text that still holds a value the desensitiser
 * masked (a name, a number, an address, a masked company).
 */
@Entity
@Table(name = "typical_case")
class TypicalCase extends AbstractAggregateRoot<TypicalCase> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "author_kind", nullable = false, updatable = false)
	private CaseAuthor authorKind;

	@Column(name = "author_unit_id", updatable = false)
	private Long authorUnitId;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "author_account_id", updatable = false)
	private Long authorAccountId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "incident_id", updatable = false)
	private Long incidentId;

	@Column(name = "case_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "secret_kind", nullable = false)
	private SecretCategory secretKind;

	@Column(name = "industry_code", nullable = false)
	private String industryCode;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "infringement_form", nullable = false)
	private InfringementForm infringementForm;

	@Convert(converter = EncryptedText.class)
	@Column(name = "rights_holder")
	private String rightsHolder;

	@Column(name = "industry_word", nullable = false)
	private String industryWord;

	@Convert(converter = EncryptedText.class)
	private String persons;

	@Column(name = "mask_companies", nullable = false)
	private boolean maskCompanies;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String title;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String facts;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String handling;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String significance;

	@Convert(converter = EncryptedText.class)
	@Column(name = "masked_values")
	private String maskedValues;

	@Column(name = "public_title", nullable = false)
	private String publicTitle;

	@Column(name = "public_facts", nullable = false)
	private String publicFacts;

	@Column(name = "public_handling", nullable = false)
	private String publicHandling;

	@Column(name = "public_significance", nullable = false)
	private String publicSignificance;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private CaseStatus status;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	@Column(name = "rejected_by")
	private String rejectedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "district_reviewed_by")
	private String districtReviewedBy;

	@Column(name = "district_reviewed_at")
	private Instant districtReviewedAt;

	@Column(name = "published_by")
	private String publishedBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected TypicalCase() {
	}

	/** The tags and the desensitisation choices of a case. */
	record Tags(int year, SecretCategory secretKind, String industryCode, InfringementForm infringementForm,
			String rightsHolder, String industryWord, String persons, boolean maskCompanies) {
	}

	/** The three sections and the title, in either version. */
	record Text(String title, String facts, String handling, String significance) {
	}

	TypicalCase(CaseAuthor authorKind, Long authorUnitId, String districtCode, Long incidentId, String createdBy,
			long authorAccountId, Instant now) {
		this.authorKind = authorKind;
		this.authorAccountId = authorAccountId;
		this.authorUnitId = authorUnitId;
		this.districtCode = districtCode;
		this.incidentId = incidentId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.status = CaseStatus.DRAFT;
	}

	/** Writes the case; only while it is a draft or rejected. */
	void write(Tags tags, Text full, Text publicText, Set<String> masked, Instant now) {
		requireEditable();
		this.year = tags.year();
		this.secretKind = tags.secretKind();
		this.industryCode = tags.industryCode();
		this.infringementForm = tags.infringementForm();
		this.rightsHolder = tags.rightsHolder();
		this.industryWord = tags.industryWord();
		this.persons = tags.persons();
		this.maskCompanies = tags.maskCompanies();
		this.title = full.title();
		this.facts = full.facts();
		this.handling = full.handling();
		this.significance = full.significance();
		this.publicTitle = publicText.title();
		this.publicFacts = publicText.facts();
		this.publicHandling = publicText.handling();
		this.publicSignificance = publicText.significance();
		this.maskedValues = String.join("\n", masked);
		this.updatedAt = now;
	}

	/** Submits the case to the confidentiality review; refused while a masked value is in the public text. */
	void submit(Instant now) {
		requireEditable();
		var left = survivors();
		if (!left.isEmpty()) {
			throw new InvalidRequestException("casework.case.maskedValueLeft", left.size());
		}
		this.status = CaseStatus.SUBMITTED;
		this.submittedAt = now;
		this.rejectionReason = null;
		this.rejectedBy = null;
		this.updatedAt = now;
		registerEvent(new TypicalCaseSubmitted(id, districtCode, publicTitle));
	}

	void approveByDistrict(String officer, Instant now) {
		requireStatus(CaseStatus.SUBMITTED);
		this.status = CaseStatus.DISTRICT_APPROVED;
		this.districtReviewedBy = officer;
		this.districtReviewedAt = now;
		this.updatedAt = now;
		registerEvent(new TypicalCaseApprovedByDistrict(id, districtCode, publicTitle, guideAccountId()));
	}

	void publish(String officer, Instant now) {
		requireStatus(CaseStatus.DISTRICT_APPROVED);
		if (!survivors().isEmpty()) {
			throw new InvalidRequestException("casework.case.maskedValueLeft", survivors().size());
		}
		this.status = CaseStatus.PUBLISHED;
		this.publishedBy = officer;
		this.publishedAt = now;
		this.updatedAt = now;
		registerEvent(new TypicalCasePublished(id, authorUnitId, districtCode, publicTitle, guideAccountId()));
	}

	/** Rejects the case at the given review stage (SUBMITTED for the district, DISTRICT_APPROVED for the bureau). */
	void reject(CaseStatus stage, String reason, String officer, Instant now) {
		requireStatus(stage);
		this.status = CaseStatus.REJECTED;
		this.rejectionReason = reason;
		this.rejectedBy = officer;
		this.updatedAt = now;
		registerEvent(new TypicalCaseRejected(id, authorUnitId, districtCode, publicTitle, reason, guideAccountId()));
	}

	/** The events registered by transitions and not yet published (for tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	java.util.List<String> survivors() {
		return Desensitiser.Proposal.survivors(maskedSet(), publicTitle, publicFacts, publicHandling,
				publicSignificance);
	}

	Set<String> maskedSet() {
		if (maskedValues == null || maskedValues.isBlank()) {
			return Set.of();
		}
		return new LinkedHashSet<>(Arrays.asList(maskedValues.split("\n")));
	}

	private void requireEditable() {
		if (!status.isEditable()) {
			throw new StateConflictException("casework.case.notEditable", "Case " + id + " is " + status);
		}
	}

	private void requireStatus(CaseStatus expected) {
		if (status != expected) {
			throw new StateConflictException("casework.case.wrongStatus", "Case " + id + " is " + status);
		}
	}

	Long getId() {
		return id;
	}

	CaseAuthor getAuthorKind() {
		return authorKind;
	}

	Long getAuthorUnitId() {
		return authorUnitId;
	}

	String getDistrictCode() {
		return districtCode;
	}

	String getCreatedBy() {
		return createdBy;
	}

	/** The guidance officer's account who wrote the case, to tell of the review's outcome; else null. */
	Long guideAccountId() {
		return authorKind == CaseAuthor.GUIDANCE_OFFICER ? authorAccountId : null;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Long getIncidentId() {
		return incidentId;
	}

	int getYear() {
		return year;
	}

	SecretCategory getSecretKind() {
		return secretKind;
	}

	String getIndustryCode() {
		return industryCode;
	}

	InfringementForm getInfringementForm() {
		return infringementForm;
	}

	String getRightsHolder() {
		return rightsHolder;
	}

	String getIndustryWord() {
		return industryWord;
	}

	String getPersons() {
		return persons;
	}

	boolean isMaskCompanies() {
		return maskCompanies;
	}

	String getTitle() {
		return title;
	}

	String getFacts() {
		return facts;
	}

	String getHandling() {
		return handling;
	}

	String getSignificance() {
		return significance;
	}

	String getPublicTitle() {
		return publicTitle;
	}

	String getPublicFacts() {
		return publicFacts;
	}

	String getPublicHandling() {
		return publicHandling;
	}

	String getPublicSignificance() {
		return publicSignificance;
	}

	CaseStatus getStatus() {
		return status;
	}

	String getRejectionReason() {
		return rejectionReason;
	}

	String getRejectedBy() {
		return rejectedBy;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	String getDistrictReviewedBy() {
		return districtReviewedBy;
	}

	Instant getDistrictReviewedAt() {
		return districtReviewedAt;
	}

	String getPublishedBy() {
		return publishedBy;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}
}
