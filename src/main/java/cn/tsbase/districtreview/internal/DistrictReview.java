package cn.tsbase.districtreview.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

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

import cn.tsbase.districtreview.DistrictReviewView;
import cn.tsbase.districtreview.ReviewDecision;
import cn.tsbase.shared.StateConflictException;

/** The district's review of one declaration: scores per criterion, opinion, and the decision once taken. */
@Entity
@Table(name = "district_review")
class DistrictReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "declaration_id", nullable = false, updatable = false)
	private Long declarationId;

	@Column(name = "call_id", nullable = false, updatable = false)
	private Long callId;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "scores_json", nullable = false)
	private String scoresJson;

	@Column(name = "total_score", precision = 7, scale = 2)
	private BigDecimal totalScore;

	private String opinion;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ReviewDecision decision;

	private String reason;

	@Column(nullable = false)
	private String reviewer;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected DistrictReview() {
	}

	DistrictReview(long declarationId, long callId, String districtCode, String reviewer, Instant now) {
		this.declarationId = declarationId;
		this.callId = callId;
		this.districtCode = districtCode;
		this.scoresJson = "{}";
		this.reviewer = reviewer;
		this.updatedAt = now;
	}

	void score(String scoresJson, BigDecimal total, String opinion, String reviewer, Instant now) {
		requireUndecided();
		this.scoresJson = scoresJson;
		this.totalScore = total;
		this.opinion = opinion;
		this.reviewer = reviewer;
		this.updatedAt = now;
	}

	void decide(ReviewDecision decision, String reason, String reviewer, Instant now) {
		requireUndecided();
		this.decision = decision;
		this.reason = reason;
		this.reviewer = reviewer;
		this.updatedAt = now;
	}

	private void requireUndecided() {
		if (decision != null) {
			throw new StateConflictException("review.alreadyDecided", "Review of " + declarationId + " is decided");
		}
	}

	public Long getId() {
		return id;
	}

	public Long getDeclarationId() {
		return declarationId;
	}

	public Long getCallId() {
		return callId;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	String getScoresJson() {
		return scoresJson;
	}

	public BigDecimal getTotalScore() {
		return totalScore;
	}

	public String getOpinion() {
		return opinion;
	}

	public ReviewDecision getDecision() {
		return decision;
	}

	public String getReason() {
		return reason;
	}

	public String getReviewer() {
		return reviewer;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

	DistrictReviewView view(Map<Integer, BigDecimal> scores) {
		return new DistrictReviewView(id, declarationId, callId, districtCode, totalScore, opinion, decision, reason,
				reviewer, updatedAt, version, scores);
	}
}
