package cn.tsbase.attachment.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.tsbase.attachment.StoredAttachment;

/**
 * An attachment's row: what it is and whose, plus what decrypting it takes (the data key wrapped under the master
 * key, the IV). The content itself is in the file store under {@code storageName}, encrypted. Never changed once
 * stored.
 */
@Entity
@Immutable
@Table(name = "attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_type", nullable = false)
	private String ownerType;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(nullable = false)
	private String slot;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "storage_name", nullable = false)
	private UUID storageName;

	@Column(name = "wrapped_key", nullable = false)
	private byte[] wrappedKey;

	@Column(nullable = false)
	private byte[] iv;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(String ownerType, long ownerId, String slot, String originalName, String contentType, long sizeBytes,
			String sha256, UUID storageName, AttachmentCipher.Sealed sealed, String uploadedBy, Instant uploadedAt) {
		this.ownerType = ownerType;
		this.ownerId = ownerId;
		this.slot = slot;
		this.originalName = originalName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageName = storageName;
		this.wrappedKey = sealed.wrappedKey().clone();
		this.iv = sealed.iv().clone();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	StoredAttachment toStored() {
		return new StoredAttachment(id, ownerType, ownerId, slot, originalName, contentType, sizeBytes, sha256,
				uploadedBy, uploadedAt);
	}

	Long getId() {
		return id;
	}

	UUID getStorageName() {
		return storageName;
	}

	String getSha256() {
		return sha256;
	}

	long getSizeBytes() {
		return sizeBytes;
	}

	AttachmentCipher.Sealed sealed() {
		return new AttachmentCipher.Sealed(wrappedKey.clone(), iv.clone());
	}
}
