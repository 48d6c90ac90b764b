package cn.tsbase.attachment.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.microsoft.ooxml.OPCPackageDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.tsbase.attachment.AttachmentRejectedException;

/**
 * Tells what a file really is, from its content alone (Apache Tika), and whether that agrees with its extension.
 * The file name is deliberately not given to Tika: it would let the name decide. Magic numbers identify PDF, JPEG,
 * PNG, HTML, executables …; the OOXML package detector reads a zip's content types to tell .docx from .xlsx from any
 * other zip, and the OLE2 detector reads the directory of a legacy file to tell .doc from .xls.
 */
final class ContentInspector {

	static final String MISMATCH = "attachment.rejected.mismatch";

	private static final Logger log = LoggerFactory.getLogger(ContentInspector.class);

	private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
	private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
	private final Detector detector;
	private final Map<String, MediaType> expectedByExtension = new LinkedHashMap<>();

	/** @throws IllegalStateException for an allowed extension without a content type Tika knows */
	ContentInspector(Collection<String> allowedExtensions) {
		this.detector = new CompositeDetector(registry, List.of(new POIFSContainerDetector(),
				new DefaultZipContainerDetector(List.of(new OPCPackageDetector())), mimeTypes));
		for (String extension : allowedExtensions) {
			MediaType type = registry.normalize(mimeTypes.getMimeType("file." + extension).getType()).getBaseType();
			if (type.equals(MediaType.OCTET_STREAM) || type.equals(MediaType.TEXT_PLAIN)) {
				throw new IllegalStateException("tsbase.attachments.allowed-extensions: ." + extension
						+ " has no content type that can be checked");
			}
			expectedByExtension.put(extension, type);
		}
	}

	Set<String> allowedExtensions() {
		return expectedByExtension.keySet();
	}

	boolean allows(String extension) {
		return expectedByExtension.containsKey(extension);
	}

	/** The content type the extension stands for. */
	MediaType expected(String extension) {
		return expectedByExtension.get(extension);
	}

	/** What the content is, without looking at any name. */
	MediaType detect(Path file) throws IOException {
		try (TikaInputStream in = TikaInputStream.get(file)) {
			return registry.normalize(detector.detect(in, new Metadata())).getBaseType();
		}
		catch (IOException e) {
			throw e;
		}
		catch (RuntimeException e) {
			log.warn("Content detection failed: {}", e.toString());
			return MediaType.OCTET_STREAM;
		}
	}

	/** The detected content type when it is the one the extension stands for; refused otherwise. */
	MediaType check(Path file, String extension) throws IOException {
		MediaType expected = expected(extension);
		MediaType detected = detect(file);
		if (expected == null || !expected.equals(detected)) {
			log.info("Upload refused: .{} file with content {}", extension, detected);
			throw new AttachmentRejectedException(MISMATCH, extension);
		}
		return detected;
	}
}
