package cn.tsbase.attachment;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Stores and serves attachments. Callers check authorization first: this service knows owners, not people.
 */
public interface Attachments {

	/**
	 * Checks and stores an upload under an owner (e.g. {@code "declaration"}, 42) and a slot (e.g. a form section).
	 *
	 * @param originalName the file name as the user's computer knew it (may be Chinese; it is sanitised)
	 * @param content the bytes; read once
	 * @throws AttachmentRejectedException when the type is not allowed, the file is too large or empty, the content
	 *         does not match the extension, or an archive-based document is suspicious
	 */
	StoredAttachment store(String ownerType, long ownerId, String slot, String originalName, InputStream content,
			String uploadedBy);

	/** The owner's attachments, oldest first. */
	List<StoredAttachment> list(String ownerType, long ownerId);

	Optional<StoredAttachment> find(long attachmentId);

	/** Decrypts the attachment into the stream (and checks its integrity on the way). */
	void copyTo(long attachmentId, OutputStream out);

	/** Removes an attachment (the owner allows it, e.g. while its declaration is a draft). */
	void delete(long attachmentId, String deletedBy);
}
