package cn.tsbase.operation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a base profile: which standard, which fields (names only, never values), who and when. */
@Entity
@Table(name = "base_profile_revision")
class ProfileRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "profile_id", nullable = false, updatable = false)
	private Long profileId;

	@Column(nullable = false, updatable = false)
	private int revision;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private Standard standard;

	@Column(nullable = false, updatable = false)
	private String fields;

	@Column(name = "changed_by", nullable = false, updatable = false)
	private String changedBy;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	protected ProfileRevision() {
	}

	ProfileRevision(long profileId, int revision, Standard standard, String fields, String changedBy,
			Instant changedAt) {
		this.profileId = profileId;
		this.revision = revision;
		this.standard = standard;
		this.fields = fields;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public int getRevision() {
		return revision;
	}

	public Standard getStandard() {
		return standard;
	}

	public String getFields() {
		return fields;
	}

	public java.util.List<String> getFieldList() {
		return java.util.List.of(fields.split(","));
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}
}
