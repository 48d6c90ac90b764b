package cn.tsbase.selection.internal;

import java.math.BigDecimal;
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

import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.CandidateStatus;
import cn.tsbase.selection.CandidateView;
import cn.tsbase.selection.PreReviewFailed;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.shared.StateConflictException;

/** A declaration a district recommended, as the municipal bureau carries it through the selection. */
@Entity
@Table(name = "selection_candidate")
class Candidate extends AbstractAggregateRoot<Candidate> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "declaration_id", nullable = false, updatable = false)
	private Long declarationId;

	@Column(name = "recommendation_id", nullable = false, updatable = false)
	private Long recommendationId;

	@Column(name = "call_id", nullable = false, updatable = false)
	private Long callId;

	@Column(name = "call_year", nullable = false, updatable = false)
	private int callYear;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

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

	@Column(name = "industry_code")
	private String industryCode;

	@Column(name = "district_score", precision = 7, scale = 2)
	private BigDecimal districtScore;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private CandidateStatus status;

	@Column(name = "pre_review_note")
	private String preReviewNote;

	@Column(name = "collected_at", nullable = false, updatable = false)
	private Instant collectedAt;

	@Version
	private long version;

	protected Candidate() {
	}

	Candidate(long declarationId, long recommendationId, long callId, int callYear, String districtCode, long unitId,
			String unitName, String uscc, BaseType baseType, String industryCode, BigDecimal districtScore,
			Instant now) {
		this.declarationId = declarationId;
		this.recommendationId = recommendationId;
		this.callId = callId;
		this.callYear = callYear;
		this.districtCode = districtCode;
		this.unitId = unitId;
		this.unitName = unitName;
		this.uscc = uscc;
		this.baseType = baseType;
		this.industryCode = industryCode;
		this.districtScore = districtScore;
		this.status = CandidateStatus.COLLECTED;
		this.collectedAt = now;
	}

	/** Records the written pre-review's outcome; only once, from the collected state. */
	Candidate preReview(boolean passed, String note) {
		if (status != CandidateStatus.COLLECTED) {
			throw new StateConflictException("candidate.preReviewDone", "Candidate " + id + " is " + status);
		}
		this.status = passed ? CandidateStatus.PRE_REVIEW_PASSED : CandidateStatus.PRE_REVIEW_FAILED;
		this.preReviewNote = note;
		registerEvent(passed ? new PreReviewPassed(id, declarationId, unitId, unitName)
				: new PreReviewFailed(id, declarationId, unitId, districtCode, unitName, note));
		return this;
	}

	/** The proposed list is decided: proposed (拟入选) or not; only for a candidate that passed the pre-review. */
	void decide(boolean proposed) {
		if (status != CandidateStatus.PRE_REVIEW_PASSED) {
			throw new StateConflictException("candidate.notReviewable", "Candidate " + id + " is " + status);
		}
		this.status = proposed ? CandidateStatus.PROPOSED : CandidateStatus.NOT_PROPOSED;
	}

	public Long getId() {
		return id;
	}

	public Long getDeclarationId() {
		return declarationId;
	}

	public Long getRecommendationId() {
		return recommendationId;
	}

	public Long getCallId() {
		return callId;
	}

	public int getCallYear() {
		return callYear;
	}

	public String getDistrictCode() {
		return districtCode;
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

	public String getIndustryCode() {
		return industryCode;
	}

	public BigDecimal getDistrictScore() {
		return districtScore;
	}

	public CandidateStatus getStatus() {
		return status;
	}

	public String getPreReviewNote() {
		return preReviewNote;
	}

	public Instant getCollectedAt() {
		return collectedAt;
	}

	public long getVersion() {
		return version;
	}

	/** What pages and the JSON API see of it. */
	CandidateView view() {
		return new CandidateView(id, declarationId, recommendationId, callId, callYear, districtCode, unitId, unitName,
				uscc, baseType, industryCode, districtScore, status, preReviewNote, collectedAt, version);
	}
}
