package cn.tsbase.declaration.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.tsbase.declaration.DeclarationView;

import cn.tsbase.shared.crypto.EncryptedText;

/** The declaration exactly as submitted, once per submission: officers compare any two field by field. */
@Entity
@Immutable
@Table(name = "declaration_version")
class DeclarationVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "declaration_id", nullable = false)
	private Long declarationId;

	@Column(name = "version_no", nullable = false)
	private int versionNo;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "submitted_by", nullable = false)
	private String submittedBy;

	@Convert(converter = EncryptedText.class)
	@Column(name = "content_json", nullable = false)
	private String contentJson;

	protected DeclarationVersion() {
	}

	DeclarationVersion(long declarationId, int versionNo, Instant submittedAt, String submittedBy,
			String contentJson) {
		this.declarationId = declarationId;
		this.versionNo = versionNo;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
		this.contentJson = contentJson;
	}

	public int getVersionNo() {
		return versionNo;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	String getContentJson() {
		return contentJson;
	}

	DeclarationView.VersionEntry view() {
		return new DeclarationView.VersionEntry(versionNo, submittedAt, submittedBy);
	}
}
