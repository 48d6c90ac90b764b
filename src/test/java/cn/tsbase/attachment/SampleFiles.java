package cn.tsbase.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files of every allowed type, and impostors, made on the spot. */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A one-page PDF (PDFBox, uncompressed, so that the marker is visible in the plaintext). */
	public static byte[] pdf(String marker) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle(marker);
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, 8, 8);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no ImageIO writer for " + format);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] xlsx(String text) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("表1").createRow(0).createCell(0).setCellValue(text);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] xls(String text) {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("表1").createRow(0).createCell(0).setCellValue(text);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A legacy Word file as far as detection goes: an OLE2 container with a WordDocument stream (writing a complete
	 * .doc needs POI's scratchpad, which the project does not carry).
	 */
	public static byte[] doc() {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The start of a Windows executable (DOS stub and PE header). */
	public static byte[] exe() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3c] = (byte) 0x80; // offset of the PE header
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, bytes, 0x4e, stub.length);
		return bytes;
	}

	public static byte[] html() {
		return "<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A plain zip: not an Office document. */
	public static byte[] zip() {
		return zip(1, 64);
	}

	/** A zip of {@code entries} entries of {@code bytesEach} zero bytes each (compresses very well). */
	public static byte[] zip(int entries, int bytesEach) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] content = new byte[bytesEach];
			for (int i = 0; i < entries; i++) {
				zip.putNextEntry(new ZipEntry("entry" + i + ".txt"));
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
