package cn.tsbase.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stamps a watermark on every page of a PDF: a headline (e.g. the reader and the time) large, light and diagonal across
 * the page, and a fuller line (e.g. with a download id) small and horizontal at the foot of the page, where text
 * extraction reads it as one line. Uses the same CJK TrueType font
 * as {@link PdfRenderer}, so Chinese names print.
 */
@Component
public class PdfWatermark {

	/** A PDF that cannot be opened (damaged, or encrypted with a password to open it) cannot be stamped. */
	public static class UnstampableException extends RuntimeException {

		UnstampableException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private final File font;

	PdfWatermark(@Value("${tsbase.pdf.cjk-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String fontPath) {
		this.font = new File(fontPath);
	}

	/**
	 * The PDF with the headline and the footer stamped on every page. Any restriction the file carried (an owner password) is removed from
	 * the stamped copy, which is made for one reader.
	 *
	 * @throws UnstampableException when the file is no PDF PDFBox can open
	 */
	public byte[] stamp(byte[] pdf, String headline, String footer) {
		if (!font.canRead()) {
			throw new IllegalStateException("The CJK font for PDF documents is missing: " + font
					+ " (install the Debian package fonts-wqy-microhei, or set tsbase.pdf.cjk-font)");
		}
		try (PDDocument document = open(pdf);
				TrueTypeCollection collection = new TrueTypeCollection(font);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.setAllSecurityToBeRemoved(true);
			AtomicReference<TrueTypeFont> first = new AtomicReference<>();
			collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
			PDType0Font type0 = PDType0Font.load(document, first.get(), true);
			String diagonal = printable(type0, headline);
			String foot = printable(type0, footer);
			for (PDPage page : document.getPages()) {
				stamp(document, page, type0, diagonal, foot);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text with every character the font cannot show (and every control character) replaced by "?". */
	private static String printable(PDType0Font font, String text) {
		StringBuilder printable = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			String character = new String(Character.toChars(cp));
			try {
				if (Character.isISOControl(cp)) {
					throw new IllegalArgumentException("control character");
				}
				font.encode(character);
				printable.append(character);
			}
			catch (IllegalArgumentException | IOException unsupported) {
				printable.append('?');
			}
		});
		return printable.toString();
	}

	private static PDDocument open(byte[] pdf) {
		try {
			return Loader.loadPDF(pdf);
		}
		catch (IOException unreadable) {
			throw new UnstampableException("The PDF cannot be opened to stamp it", unreadable);
		}
	}

	private static void stamp(PDDocument document, PDPage page, PDType0Font font, String text, String footer)
			throws IOException {
		PDRectangle box = page.getCropBox();
		float width = box.getWidth();
		float height = box.getHeight();
		PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
		translucent.setNonStrokingAlphaConstant(0.22f);
		try (PDPageContentStream content = new PDPageContentStream(document, page,
				PDPageContentStream.AppendMode.APPEND, true, true)) {
			content.saveGraphicsState();
			content.setGraphicsStateParameters(translucent);
			content.setNonStrokingColor(0.55f, 0f, 0f);
			float diagonal = (float) Math.hypot(width, height);
			float unitWidth = Math.max(1f, font.getStringWidth(text) / 1000f);
			float size = Math.max(10f, Math.min(48f, 0.75f * diagonal / unitWidth));
			float textWidth = unitWidth * size;
			double angle = Math.atan2(height, width);
			Matrix matrix = Matrix.getRotateInstance(angle, box.getLowerLeftX() + width / 2f, box.getLowerLeftY() + height / 2f);
			matrix.translate(-textWidth / 2f, -size / 3f);
			content.beginText();
			content.setFont(font, size);
			content.setTextMatrix(matrix);
			content.showText(text);
			content.endText();
			content.restoreGraphicsState();

			content.saveGraphicsState();
			content.setNonStrokingColor(0.35f, 0.35f, 0.35f);
			content.beginText();
			content.setFont(font, 7f);
			content.newLineAtOffset(box.getLowerLeftX() + 18f, box.getLowerLeftY() + 10f);
			content.showText(footer);
			content.endText();
			content.restoreGraphicsState();
		}
	}
}
