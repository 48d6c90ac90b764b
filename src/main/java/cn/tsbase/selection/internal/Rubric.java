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
 * opened with, and a change of the rubric is a new version.
 */
@Entity
@Table(name = "review_rubric")
public class Rubric {

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

	protected Rubric() {
	}

	Rubric(int versionNo, String name, String createdBy, Instant createdAt) {
		this.versionNo = versionNo;
		this.name = name;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public int getVersionNo() {
		return versionNo;
	}

	public String getName() {
		return name;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
