package cn.tsbase.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (.docx) in the form of an official report (公文): a centred title in 方正小标宋-like size, a subtitle,
 * sections numbered 一、二、三…, paragraphs in 仿宋 with a two-character first-line indent, and bordered tables.
 * Shared by the summary reports (reporting) and the pilot dossier (evaluation).
 */
public final class OfficialDocument {

	private static final String[] NUMBERS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private static final String TITLE_FONT = "方正小标宋简体";

	private static final String HEADING_FONT = "黑体";

	private static final String BODY_FONT = "仿宋_GB2312";

	private final XWPFDocument document = new XWPFDocument();

	private int sections;

	/** The numeral of the n-th section (1-based): 一, 二, … 十, then the number itself. */
	public static String numeral(int n) {
		return n >= 1 && n <= NUMBERS.length ? NUMBERS[n - 1] : String.valueOf(n);
	}

	public OfficialDocument title(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(240);
		run(paragraph, text, TITLE_FONT, 22, true);
		return this;
	}

	public OfficialDocument subtitle(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(240);
		run(paragraph, text, BODY_FONT, 16, false);
		return this;
	}

	/** The next numbered section's heading: 一、…, 二、…. */
	public OfficialDocument section(String text) {
		sections++;
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setSpacingBefore(200);
		run(paragraph, numeral(sections) + "、" + text, HEADING_FONT, 16, false);
		return this;
	}

	/** A sub-heading inside a section: （一）…. */
	public OfficialDocument subsection(int number, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setIndentationFirstLine(640);
		run(paragraph, "（" + numeral(number) + "）" + text, "楷体_GB2312", 16, true);
		return this;
	}

	/** Text as paragraphs, one per line of the text; a blank text gives the placeholder. */
	public OfficialDocument text(String text, String placeholder) {
		String content = text == null || text.isBlank() ? placeholder : text;
		for (String line : content.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setIndentationFirstLine(640);
			run(paragraph, line.strip(), BODY_FONT, 16, false);
		}
		return this;
	}

	/** A bordered table with a header row. */
	public OfficialDocument table(List<String> headers, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size() + 1, headers.size());
		table.setWidth("100%");
		fill(table.getRow(0), headers, true);
		for (int i = 0; i < rows.size(); i++) {
			fill(table.getRow(i + 1), rows.get(i), false);
		}
		document.createParagraph();
		return this;
	}

	public byte[] bytes() {
		try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
			paragraph.setAlignment(i == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
			run(paragraph, cells.get(i), BODY_FONT, 12, bold);
		}
	}

	private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text == null ? "" : text);
		run.setFontFamily(font);
		run.setFontSize(size);
		run.setBold(bold);
	}
}
