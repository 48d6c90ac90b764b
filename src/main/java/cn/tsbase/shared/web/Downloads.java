package cn.tsbase.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The one way a controller hands a generated file to the browser: an attachment whose (Chinese) file name is sent
 * as RFC 5987 UTF-8 ({@code filename*=UTF-8''…}), never stored by a cache (documents of the procedure are not
 * public), with its content type and {@code nosniff}. Module {@code XxxExports} classes build the content and audit
 * the export; the controller only returns what this class makes.
 */
public final class Downloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	public static final MediaType PDF = MediaType.APPLICATION_PDF;

	private Downloads() {
	}

	/** A file made in memory. */
	public static ResponseEntity<byte[]> of(byte[] content, String fileName, MediaType type) {
		return headers(fileName, type).contentLength(content.length).body(content);
	}

	/** A file written straight to the response (e.g. a streamed workbook of a long list). */
	public static ResponseEntity<StreamingResponseBody> streamed(StreamingResponseBody body, String fileName,
			MediaType type) {
		return headers(fileName, type).body(body);
	}

	private static ResponseEntity.BodyBuilder headers(String fileName, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.contentType(type);
	}
}
