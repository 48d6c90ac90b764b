package cn.tsbase.publicnotice.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.publicnotice.NoticeView;
import cn.tsbase.publicnotice.NoticeView.ListedUnitView;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.PublicationView;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.publicnotice.internal.Publications;

/**
 * The official notice (通知) publishing the list, as PDF and as Word, with the bases in a table by type and district.
 * Each document made is audited once.
 */
@Component
class PublicationDocuments {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** A document made: its content and its file name. */
	record Document(byte[] content, String fileName) {
	}

	private final NoticeService notices;
	private final Publications publishing;
	private final ReferenceData referenceData;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final MessageSource messages;
	private final AuditLog audit;

	PublicationDocuments(NoticeService notices, Publications publishing, ReferenceData referenceData,
			TemplateEngine templates, PdfRenderer pdf, MessageSource messages, AuditLog audit) {
		this.notices = notices;
		this.publishing = publishing;
		this.referenceData = referenceData;
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
		this.audit = audit;
	}

	/** The published units, points first then zones, by district. */
	static List<ListedUnitView> published(NoticeView notice) {
		return notice.entries()
			.stream()
			.filter(e -> !e.removed())
			.map(NoticeView.Entry::unit)
			.sorted(java.util.Comparator.comparing(ListedUnitView::baseType)
				.thenComparing(ListedUnitView::districtCode)
				.thenComparing(ListedUnitView::unitName))
			.toList();
	}

	/** The notice's publication as PDF. */
	Document pdf(long noticeId) {
		NoticeView notice = notices.notice(noticeId);
		PublicationView publication = publication(noticeId);
		Context context = new Context(CHINESE);
		context.setVariable("notice", notice);
		context.setVariable("publication", publication);
		context.setVariable("units", published(notice));
		context.setVariable("referenceData", referenceData);
		byte[] document = pdf.render(templates.process("publicnotice/document-pdf", context));
		return made(publication, document, "pdf");
	}

	/** The notice's publication as Word. */
	Document word(long noticeId) {
		NoticeView notice = notices.notice(noticeId);
		PublicationView publication = publication(noticeId);
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, publication.documentNumber(), ParagraphAlignment.CENTER, false, 12);
			paragraph(document, msg("document.title", notice.year()), ParagraphAlignment.CENTER, true, 18);
			paragraph(document, msg("document.to"), ParagraphAlignment.LEFT, false, 12);
			paragraph(document, msg("document.body", notice.year(), notice.title()), ParagraphAlignment.LEFT,
					false, 12);
			List<ListedUnitView> units = published(notice);
			XWPFTable table = document.createTable(units.size() + 1, 5);
			fillRow(table.getRow(0), msg("recommendation.column.no"), msg("unit.field.name"),
					msg("declaration.baseType"), msg("unit.field.districtCode"), msg("unit.field.industryCode"));
			for (int i = 0; i < units.size(); i++) {
				ListedUnitView u = units.get(i);
				fillRow(table.getRow(i + 1), String.valueOf(i + 1), u.unitName(), msg(u.baseType().messageKey()),
						referenceData.district(u.districtCode(), CHINESE), referenceData.industry(u.industryCode(), CHINESE));
			}
			paragraph(document, msg("document.closing"), ParagraphAlignment.LEFT, false, 12);
			paragraph(document, msg("document.issuer"), ParagraphAlignment.RIGHT, false, 12);
			paragraph(document, msg("document.date", publication.documentDate().getYear(),
					publication.documentDate().getMonthValue(), publication.documentDate().getDayOfMonth()),
					ParagraphAlignment.RIGHT, false, 12);
			document.write(out);
			return made(publication, out.toByteArray(), "docx");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private PublicationView publication(long noticeId) {
		return publishing.publication(noticeId).orElseThrow(() -> new NotFoundException("Publication"));
	}

	private Document made(PublicationView publication, byte[] content, String extension) {
		audit.record("PUBLICATION_DOCUMENT_DOWNLOADED", "Publication", publication.id(), AuditOutcome.SUCCESS,
				publication.documentNumber() + ", " + extension);
		return new Document(content, msg("document.file", publication.documentNumber()) + "." + extension);
	}

	private static void paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, boolean bold,
			int size) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("SimSun");
	}

	private static void fillRow(XWPFTableRow row, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			row.getCell(i).setText(cells[i] == null ? "" : cells[i]);
		}
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, CHINESE);
	}
}
