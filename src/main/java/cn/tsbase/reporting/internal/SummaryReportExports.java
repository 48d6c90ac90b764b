package cn.tsbase.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.OfficialDocument;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.TimeFormat;

/**
 * The annual summary's documents: one report as Word or PDF (its district's officers and, once submitted, the
 * municipal bureau), all districts' reports of a year in one zip and the city-wide compilation (the municipal bureau).
 * Each download is audited; a report the caller may not see is empty (404), never an error.
 */
@Component
public class SummaryReportExports {

	static final String AUDIT_TYPE = "SummaryReport";

	/** A generated file and its name. */
	public record Document(byte[] content, String fileName) {
	}

	private final SummaryReports reports;
	private final SummaryReportWord word;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final ReferenceData referenceData;
	private final TimeFormat time;
	private final MessageSource messages;
	private final AuditLog audit;

	SummaryReportExports(SummaryReports reports, SummaryReportWord word, TemplateEngine templates, PdfRenderer pdf,
			ReferenceData referenceData, TimeFormat time, MessageSource messages, AuditLog audit) {
		this.reports = reports;
		this.word = word;
		this.templates = templates;
		this.pdf = pdf;
		this.referenceData = referenceData;
		this.time = time;
		this.messages = messages;
		this.audit = audit;
	}

	public Optional<Document> word(long id, CurrentUser user, Locale locale) {
		return reports.find(id, user).map(report -> {
			audit.record("SUMMARY_REPORT_EXPORTED", AUDIT_TYPE, id, AuditOutcome.SUCCESS, "docx");
			return new Document(word.report(report, locale), fileName(report, locale) + ".docx");
		});
	}

	public Optional<Document> pdf(long id, CurrentUser user, Locale locale) {
		return reports.find(id, user).map(report -> {
			audit.record("SUMMARY_REPORT_EXPORTED", AUDIT_TYPE, id, AuditOutcome.SUCCESS, "pdf");
			return new Document(renderPdf(report, locale), fileName(report, locale) + ".pdf");
		});
	}

	/** Every district's report of the year that reached the bureau, as Word and PDF, in one zip. */
	public Document archive(int year, CurrentUser user, Locale locale) {
		List<SummaryReportView> all = reports.ofYear(year, user);
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
			for (SummaryReportView report : all) {
				String name = fileName(report, locale);
				add(zip, name + ".docx", word.report(report, locale));
				add(zip, name + ".pdf", renderPdf(report, locale));
			}
			add(zip, compilationName(year, locale) + ".docx", word.compilation(year, all, locale));
			zip.finish();
			audit.record("SUMMARY_REPORT_EXPORTED", AUDIT_TYPE, null, AuditOutcome.SUCCESS,
					"zip " + year + ", " + all.size() + " reports");
			return new Document(bytes.toByteArray(), msg(locale, "reporting.summary.archive.file", year) + ".zip");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The city-wide compilation of the year: summed figures, figures by district, each district's report. */
	public Document compilation(int year, CurrentUser user, Locale locale) {
		List<SummaryReportView> all = reports.ofYear(year, user);
		audit.record("SUMMARY_REPORT_EXPORTED", AUDIT_TYPE, null, AuditOutcome.SUCCESS,
				"compilation " + year + ", " + all.size() + " reports");
		return new Document(word.compilation(year, all, locale), compilationName(year, locale) + ".docx");
	}

	private byte[] renderPdf(SummaryReportView report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("district", referenceData.district(report.districtCode(), locale));
		context.setVariable("figureRows", word.figureRows(report.figures(), locale));
		context.setVariable("time", time);
		List<String> headings = new java.util.ArrayList<>();
		for (String key : List.of("figures", "workDone", "experience", "problems", "suggestions")) {
			headings.add(OfficialDocument.numeral(headings.size() + 1) + "、"
					+ msg(locale, "reporting.summary.section." + key));
		}
		context.setVariable("headings", headings);
		return pdf.render(templates.process("reporting/summary-pdf", context));
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private String fileName(SummaryReportView report, Locale locale) {
		return msg(locale, "reporting.summary.file", referenceData.district(report.districtCode(), locale),
				report.year());
	}

	private String compilationName(int year, Locale locale) {
		return msg(locale, "reporting.summary.compilation.file", year);
	}

	private String msg(Locale locale, String key, Object... args) {
		Object[] texts = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, texts, key, locale);
	}
}
