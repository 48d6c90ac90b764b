package cn.tsbase.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns XHTML into PDF with a CJK TrueType font, so Chinese documents (推荐函, notices, certificates) print right.
 * The font is Debian's WenQuanYi Micro Hei by default ({@code fonts-wqy-microhei}); {@code tsbase.pdf.cjk-font}
 * points elsewhere. Without the font the platform says so plainly instead of printing empty boxes.
 */
@Component
public class PdfRenderer {

	static final String FAMILY = "cjk";

	private final File font;

	PdfRenderer(@Value("${tsbase.pdf.cjk-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String fontPath) {
		this.font = new File(fontPath);
	}

	/** Renders a well-formed XHTML document whose CSS uses {@code font-family: cjk}. */
	public byte[] render(String xhtml) {
		if (!font.canRead()) {
			throw new IllegalStateException("The CJK font for PDF documents is missing: " + font
					+ " (install the Debian package fonts-wqy-microhei, or set tsbase.pdf.cjk-font)");
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFont(font, FAMILY);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
