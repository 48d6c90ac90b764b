package cn.tsbase.attachment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * {@link Attachments}: an upload is spooled to a temporary file (deleted whatever happens, and left-overs of a crash
 * at start-up), checked (type list, size, zip-bomb limits, content against extension), encrypted into the file store
 * and recorded. Checks run before any transaction, so a refusal never marks the caller's transaction rollback-only. A
 * download is decrypted twice: once into nothing, to check the GCM tag before a single byte leaves, then into the
 * caller's stream.
 */
class AttachmentService implements Attachments {

	static final String EVENT_UPLOADED = "ATTACHMENT_UPLOADED";
	static final String EVENT_DELETED = "ATTACHMENT_DELETED";
	static final String OBJECT_TYPE = "Attachment";

	static final String REJECTED_NAME = "attachment.rejected.name";
	static final String REJECTED_NO_EXTENSION = "attachment.rejected.noExtension";
	static final String REJECTED_TYPE = "attachment.rejected.type";
	static final String REJECTED_EMPTY = "attachment.rejected.empty";
	static final String REJECTED_TOO_LARGE = "attachment.rejected.tooLarge";

	static final String SPOOL_PREFIX = "tsbase-upload-";
	static final String SPOOL_SUFFIX = ".tmp";
	/** A spool file this old is left over from a crash (an upload is checked in seconds). */
	static final Duration STALE_SPOOL = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

	private final AttachmentRepository repository;
	private final AttachmentFileStore files;
	private final AttachmentCipher cipher;
	private final ContentInspector contents;
	private final ArchiveInspector archives;
	private final AttachmentProperties properties;
	private final AuditLog auditLog;
	private final TransactionTemplate transactions;
	private final Clock clock;

	AttachmentService(AttachmentRepository repository, AttachmentFileStore files, AttachmentCipher cipher,
			ContentInspector contents, ArchiveInspector archives, AttachmentProperties properties, AuditLog auditLog,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.repository = repository;
		this.files = files;
		this.cipher = cipher;
		this.contents = contents;
		this.archives = archives;
		this.properties = properties;
		this.auditLog = auditLog;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		deleteStaleSpools(properties.tempDir(), clock.instant());
	}

	/** Deletes temporary upload files that a crash left behind (never a recent one: another instance may own it). */
	static int deleteStaleSpools(Path tempDir, Instant now) {
		if (!Files.isDirectory(tempDir)) {
			return 0;
		}
		int deleted = 0;
		try (DirectoryStream<Path> spools = Files.newDirectoryStream(tempDir, SPOOL_PREFIX + "*" + SPOOL_SUFFIX)) {
			for (Path spool : spools) {
				if (Files.getLastModifiedTime(spool).toInstant().isBefore(now.minus(STALE_SPOOL))) {
					Files.deleteIfExists(spool);
					deleted++;
				}
			}
		}
		catch (IOException e) {
			log.warn("Stale temporary upload files in {} could not be deleted: {}", tempDir, e.toString());
		}
		if (deleted > 0) {
			log.info("Deleted {} temporary upload files left over in {}", deleted, tempDir);
		}
		return deleted;
	}

	@Override
	public StoredAttachment store(String ownerType, long ownerId, String slot, String originalName,
			InputStream content, String uploadedBy) {
		requireText(ownerType, "ownerType", 40);
		requireText(slot, "slot", 64);
		requireText(uploadedBy, "uploadedBy", 64);
		String name = FileNames.sanitise(originalName)
			.orElseThrow(() -> new AttachmentRejectedException(REJECTED_NAME));
		String extension = FileNames.extension(name);
		String allowed = String.join(", ", contents.allowedExtensions());
		if (extension.isEmpty()) {
			throw new AttachmentRejectedException(REJECTED_NO_EXTENSION, allowed);
		}
		if (!contents.allows(extension)) {
			throw new AttachmentRejectedException(REJECTED_TYPE, extension, allowed);
		}
		Path spool = createSpool();
		try {
			Spooled spooled = spool(content, spool);
			if (spooled.size() == 0) {
				throw new AttachmentRejectedException(REJECTED_EMPTY);
			}
			if (ArchiveInspector.looksLikeZip(spool)) {
				archives.check(spool);
			}
			String contentType = contents.check(spool, extension).toString();
			UUID storageName = UUID.randomUUID();
			byte[] associatedData = associatedData(storageName);
			AttachmentCipher.Sealed[] sealed = new AttachmentCipher.Sealed[1];
			files.write(storageName, out -> {
				try (InputStream in = Files.newInputStream(spool)) {
					sealed[0] = cipher.encrypt(in, out, associatedData);
				}
			});
			try {
				return transactions.execute(status -> {
					deleteFileUnlessCommitted(storageName);
					Attachment attachment = repository.saveAndFlush(new Attachment(ownerType, ownerId, slot, name,
							contentType, spooled.size(), spooled.sha256(), storageName, sealed[0], uploadedBy,
							clock.instant().truncatedTo(ChronoUnit.MICROS)));
					auditLog.record(uploadedBy, EVENT_UPLOADED, OBJECT_TYPE, attachment.getId(), AuditOutcome.SUCCESS,
							"owner=" + ownerType + ":" + ownerId + " slot=" + slot + " size=" + spooled.size()
									+ " type=" + contentType);
					return attachment.toStored();
				});
			}
			catch (RuntimeException e) {
				files.delete(storageName);
				throw e;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("The upload could not be stored", e);
		}
		finally {
			deleteSpool(spool);
		}
	}

	@Override
	public List<StoredAttachment> list(String ownerType, long ownerId) {
		return repository.findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(ownerType, ownerId)
			.stream()
			.map(Attachment::toStored)
			.toList();
	}

	@Override
	public Optional<StoredAttachment> find(long attachmentId) {
		return repository.findById(attachmentId).map(Attachment::toStored);
	}

	@Override
	public void copyTo(long attachmentId, OutputStream out) {
		Attachment attachment = repository.findById(attachmentId).orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
		UUID storageName = attachment.getStorageName();
		byte[] associatedData = associatedData(storageName);
		try {
			try (InputStream in = files.open(storageName)) {
				cipher.verify(in, attachment.sealed(), associatedData);
			}
			MessageDigest sha256 = sha256();
			try (InputStream in = files.open(storageName)) {
				cipher.decrypt(in, new DigestOutputStream(out, sha256), attachment.sealed(), associatedData);
			}
			out.flush();
			if (!HexFormat.of().formatHex(sha256.digest()).equals(attachment.getSha256())) {
				throw new IntegrityException("the content of attachment " + attachmentId + " changed during download");
			}
		}
		catch (IntegrityException e) {
			log.error("Attachment {} failed its integrity check: {}", attachmentId, e.getMessage());
			throw e;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void delete(long attachmentId, String deletedBy) {
		transactions.executeWithoutResult(status -> {
			Attachment attachment = repository.findById(attachmentId).orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
			repository.delete(attachment);
			repository.flush();
			StoredAttachment stored = attachment.toStored();
			auditLog.record(deletedBy, EVENT_DELETED, OBJECT_TYPE, attachmentId, AuditOutcome.SUCCESS,
					"owner=" + stored.ownerType() + ":" + stored.ownerId() + " slot=" + stored.slot());
			UUID storageName = attachment.getStorageName();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					files.delete(storageName);
				}
			});
		});
	}

	/** The file is removed again when the transaction that records it (the caller's, or ours) does not commit. */
	private void deleteFileUnlessCommitted(UUID storageName) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(storageName);
				}
			}
		});
	}

	private record Spooled(long size, String sha256) {
	}

	/** Copies the upload to the spool file, counting and hashing; refuses it as soon as it passes the limit. */
	private Spooled spool(InputStream content, Path spool) throws IOException {
		long max = properties.maxSize().toBytes();
		MessageDigest sha256 = sha256();
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(spool)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > max) {
					throw new AttachmentRejectedException(REJECTED_TOO_LARGE, Sizes.format(max));
				}
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		return new Spooled(size, HexFormat.of().formatHex(sha256.digest()));
	}

	private Path createSpool() {
		try {
			Files.createDirectories(properties.tempDir());
			return Files.createTempFile(properties.tempDir(), SPOOL_PREFIX, SPOOL_SUFFIX);
		}
		catch (IOException e) {
			throw new UncheckedIOException("No temporary file for an upload in " + properties.tempDir(), e);
		}
	}

	private static void deleteSpool(Path spool) {
		try {
			Files.deleteIfExists(spool);
		}
		catch (IOException e) {
			log.error("Temporary upload file {} could not be deleted: {}", spool, e.toString());
		}
	}

	/** The storage name is authenticated with the content and the wrapped key: a file cannot move to another row. */
	private static byte[] associatedData(UUID storageName) {
		return ("tsbase-attachment:" + storageName).getBytes(StandardCharsets.US_ASCII);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void requireText(String value, String name, int maxLength) {
		if (value == null || value.isBlank() || value.length() > maxLength) {
			throw new IllegalArgumentException(name + " must be 1 to " + maxLength + " characters");
		}
	}
}
