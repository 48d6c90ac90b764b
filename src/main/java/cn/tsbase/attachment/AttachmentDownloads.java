package cn.tsbase.attachment;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The HTTP response for a download: served as an attachment (never rendered inline), under its original name
 * (RFC 6266 with a UTF-8 filename*, so Chinese names work), not cached.
 */
public final class AttachmentDownloads {

	private AttachmentDownloads() {
	}

	public static ResponseEntity<StreamingResponseBody> response(Attachments attachments, StoredAttachment attachment) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(attachment.originalName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(attachment.size())
			.body(out -> attachments.copyTo(attachment.id(), out));
	}

	/** The same response for content prepared in memory (e.g. a PDF stamped with a watermark for its reader). */
	public static ResponseEntity<StreamingResponseBody> response(StoredAttachment attachment, byte[] content) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(attachment.originalName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(content.length)
			.body(out -> out.write(content));
	}
}
