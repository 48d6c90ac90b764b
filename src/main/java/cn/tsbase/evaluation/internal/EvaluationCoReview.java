package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A comment of the IP office (知识产权部门) on one indicator of a district's scoring (会审意见): written while the
 * district scores, read by the district and the bureau, never edited (so it carries no version).
 */
@Entity
@Table(name = "evaluation_co_review")
class EvaluationCoReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "evaluation_id", nullable = false, updatable = false)
	private Long evaluationId;

	@Column(name = "indicator_code", nullable = false, updatable = false)
	private String indicatorCode;

	@Column(name = "comment_text", nullable = false, updatable = false)
	private String comment;

	@Column(nullable = false, updatable = false)
	private String author;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected EvaluationCoReview() {
	}

	EvaluationCoReview(long evaluationId, String indicatorCode, String comment, String author, Instant createdAt) {
		this.evaluationId = evaluationId;
		this.indicatorCode = indicatorCode;
		this.comment = comment;
		this.author = author;
		this.createdAt = createdAt;
	}

	CoReviews.CoReview view() {
		return new CoReviews.CoReview(id, indicatorCode, comment, author, createdAt);
	}
}

interface EvaluationCoReviewRepository extends JpaRepository<EvaluationCoReview, Long> {

	List<EvaluationCoReview> findByEvaluationIdOrderByCreatedAtAscIdAsc(Long evaluationId);
}
