package cn.tsbase.districtreview.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.tsbase.districtreview.CoReviewCommentView;

/** A co-review comment of the district IP office (or the district bureau) on a declaration. */
@Entity
@Immutable
@Table(name = "co_review_comment")
class CoReviewComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "declaration_id", nullable = false)
	private Long declarationId;

	@Column(name = "district_code", nullable = false)
	private String districtCode;

	@Column(nullable = false)
	private String author;

	@Column(name = "author_name", nullable = false)
	private String authorName;

	@Column(nullable = false)
	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected CoReviewComment() {
	}

	CoReviewComment(long declarationId, String districtCode, String author, String authorName, String text,
			Instant createdAt) {
		this.declarationId = declarationId;
		this.districtCode = districtCode;
		this.author = author;
		this.authorName = authorName;
		this.text = text;
		this.createdAt = createdAt;
	}

	public String getAuthor() {
		return author;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getText() {
		return text;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	CoReviewCommentView view() {
		return new CoReviewCommentView(author, authorName, text, createdAt);
	}
}
