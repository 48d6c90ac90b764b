package cn.tsbase.attachment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.tsbase.attachment.AttachmentRejectedException;

/**
 * Zip-bomb protection for zip-based documents (.docx, .xlsx are zips), run before any parser opens them: the number
 * of entries and the total inflated size are limited. The sizes the central directory declares are checked first;
 * then every entry is inflated in memory into nothing and counted, because declared sizes can lie. Nothing is
 * extracted to disk.
 */
final class ArchiveInspector {

	static final String TOO_BIG = "attachment.rejected.archive";
	static final String DAMAGED = "attachment.rejected.damaged";

	private final int maxEntries;
	private final long maxUncompressedBytes;

	ArchiveInspector(int maxEntries, long maxUncompressedBytes) {
		this.maxEntries = maxEntries;
		this.maxUncompressedBytes = maxUncompressedBytes;
	}

	/** Whether the file starts like a zip archive (a local file header, or the end record of an empty one). */
	static boolean looksLikeZip(Path file) throws IOException {
		byte[] head = new byte[4];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 4) < 4) {
				return false;
			}
		}
		return head[0] == 'P' && head[1] == 'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6)
				|| (head[2] == 7 && head[3] == 8));
	}

	/** Refuses an archive over the limits or one that cannot be read. */
	void check(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > maxEntries) {
				throw new AttachmentRejectedException(TOO_BIG);
			}
			long declared = 0;
			int entries = 0;
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				if (++entries > maxEntries) {
					throw new AttachmentRejectedException(TOO_BIG);
				}
				if (entry.getSize() > 0) {
					declared += entry.getSize();
					if (declared > maxUncompressedBytes) {
						throw new AttachmentRejectedException(TOO_BIG);
					}
				}
			}
			long inflated = 0;
			byte[] buffer = new byte[64 * 1024];
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				if (entry.isDirectory()) {
					continue;
				}
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) != -1) {
						inflated += read;
						if (inflated > maxUncompressedBytes) {
							throw new AttachmentRejectedException(TOO_BIG);
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof AttachmentRejectedException rejected) {
				throw rejected;
			}
			throw new AttachmentRejectedException(DAMAGED);
		}
	}
}
