package cn.tsbase.attachment.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Attachment settings ({@code tsbase.attachments.*}). The master key ({@code tsbase.attachments.master-key}) is read
 * by {@link MasterKey} and kept out of this record, so that it never shows up in a {@code toString}.
 *
 * @param dir where the encrypted files live (default {@code ${tsbase.data-dir}/attachments}); outside the web root
 * @param tempDir where an upload is spooled while it is checked (plaintext, deleted straight after; default the
 *        system temporary directory, which may be a tmpfs so that plaintext never reaches a disk)
 * @param allowedExtensions the file types accepted, by extension; each must have a content type Tika can detect
 * @param maxSize the largest file accepted
 * @param maxArchiveEntries the most entries a zip-based document (.docx, .xlsx) may have
 * @param maxArchiveUncompressedSize the most a zip-based document may hold once inflated (zip bombs)
 */
@ConfigurationProperties("tsbase.attachments")
record AttachmentProperties(Path dir, Path tempDir, List<String> allowedExtensions, DataSize maxSize,
		int maxArchiveEntries, DataSize maxArchiveUncompressedSize) {

	static final List<String> DEFAULT_EXTENSIONS = List.of("pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png");

	AttachmentProperties {
		dir = dir == null ? Path.of("data", "attachments") : dir;
		tempDir = tempDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : tempDir;
		allowedExtensions = allowedExtensions == null || allowedExtensions.isEmpty() ? DEFAULT_EXTENSIONS
				: allowedExtensions.stream().map(AttachmentProperties::normalise).filter(e -> !e.isEmpty()).distinct()
					.toList();
		maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
		maxArchiveEntries = maxArchiveEntries <= 0 ? 1000 : maxArchiveEntries;
		maxArchiveUncompressedSize = maxArchiveUncompressedSize == null ? DataSize.ofMegabytes(200)
				: maxArchiveUncompressedSize;
		if (maxSize.toBytes() <= 0 || maxArchiveUncompressedSize.toBytes() <= 0) {
			throw new IllegalStateException("tsbase.attachments.max-size and max-archive-uncompressed-size must be "
					+ "positive");
		}
	}

	private static String normalise(String extension) {
		String trimmed = extension.trim().toLowerCase(Locale.ROOT);
		return trimmed.startsWith(".") ? trimmed.substring(1) : trimmed;
	}
}
