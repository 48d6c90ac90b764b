package cn.tsbase.attachment;

import java.time.Instant;

/** An attachment as stored: what it is, whose, and where it came from (never its content or keys). */
public record StoredAttachment(long id, String ownerType, long ownerId, String slot, String originalName,
		String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
