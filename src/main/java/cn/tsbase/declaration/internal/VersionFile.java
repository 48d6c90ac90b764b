package cn.tsbase.declaration.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One evidence file as it stood when a version was submitted. */
@Entity
@Immutable
@Table(name = "declaration_version_file")
class VersionFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "declaration_id", nullable = false)
	private Long declarationId;

	@Column(name = "version_no", nullable = false)
	private int versionNo;

	@Column(name = "attachment_id", nullable = false)
	private Long attachmentId;

	@Column(nullable = false)
	private String section;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	protected VersionFile() {
	}

	VersionFile(long declarationId, int versionNo, long attachmentId, String section, String originalName,
			long sizeBytes, String sha256) {
		this.declarationId = declarationId;
		this.versionNo = versionNo;
		this.attachmentId = attachmentId;
		this.section = section;
		this.originalName = originalName;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
	}

	Long getAttachmentId() {
		return attachmentId;
	}

	String getSection() {
		return section;
	}

	String getOriginalName() {
		return originalName;
	}

	long getSizeBytes() {
		return sizeBytes;
	}
}
