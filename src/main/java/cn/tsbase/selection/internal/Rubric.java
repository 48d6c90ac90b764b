package cn.tsbase.selection.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version of the expert review rubric (评审细则). Versions never change once made: a round keeps the version it was
 * opened with, and a change of the rubric is a new version. Its items are stored as the JSON of the shared indicator
 * model. Outside this package a version is a {@link RubricVersion} and its items are that model.
 */
@Entity
@Table(name = "review_rubric")
class Rubric {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, updatable = false)
	private String content;

	protected Rubric() {
	}

	Rubric(int versionNo, String name, String createdBy, Instant createdAt, String content) {
		this.versionNo = versionNo;
		this.name = name;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.content = content;
	}

	RubricVersion view() {
		return new RubricVersion(id, versionNo, name, createdBy, createdAt);
	}

	Long getId() {
		return id;
	}

	int getVersionNo() {
		return versionNo;
	}

	String getName() {
		return name;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	/** The items: the indicator model's JSON. */
	String getContent() {
		return content;
	}
}
