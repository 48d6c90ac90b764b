package cn.tsbase.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.document.OfficialDocument;
import cn.tsbase.shared.web.TimeFormat;

/**
 * The annual summary as a Word document in the form of an official report: title, the district and date, then the
 * numbered sections — the figures (tables), the work done, experience, problems and suggestions; and the city-wide
 * compilation of a year with the summed figures, the figures by district and each district's report.
 */
@Component
class SummaryReportWord {

	private final MessageSource messages;
	private final ReferenceData referenceData;
	private final TimeFormat time;

	SummaryReportWord(MessageSource messages, ReferenceData referenceData, TimeFormat time) {
		this.messages = messages;
		this.referenceData = referenceData;
		this.time = time;
	}

	byte[] report(SummaryReportView report, Locale locale) {
		String district = referenceData.district(report.districtCode(), locale);
		OfficialDocument document = new OfficialDocument()
			.title(msg(locale, "reporting.summary.document.title", district, report.year()))
			.subtitle(subtitle(report, district, locale));
		document.section(msg(locale, "reporting.summary.section.figures"))
			.table(List.of(msg(locale, "reporting.summary.figures.item"), msg(locale, "reporting.summary.figures.count")),
					figureRows(report.figures(), locale));
		sections(document, report.text(), locale);
		return document.bytes();
	}

	byte[] compilation(int year, List<SummaryReportView> reports, Locale locale) {
		SummaryFigures total = SummaryFigures.ZERO;
		for (SummaryReportView report : reports) {
			total = total.plus(report.figures());
		}
		long accepted = reports.stream().filter(r -> r.status() == SummaryReportStatus.ACCEPTED).count();
		OfficialDocument document = new OfficialDocument()
			.title(msg(locale, "reporting.summary.compilation.title", year))
			.subtitle(msg(locale, "reporting.summary.compilation.filed", reports.size(), accepted));
		document.section(msg(locale, "reporting.summary.compilation.totals"))
			.table(List.of(msg(locale, "reporting.summary.figures.item"), msg(locale, "reporting.summary.figures.count")),
					figureRows(total, locale));
		List<String> headers = new ArrayList<>();
		headers.add(msg(locale, "reporting.district"));
		for (FunnelStage stage : FunnelStage.values()) {
			headers.add(msg(locale, stage.messageKey()));
		}
		headers.add(msg(locale, "reporting.bases.points"));
		headers.add(msg(locale, "reporting.bases.zones"));
		List<List<String>> rows = new ArrayList<>();
		for (SummaryReportView report : reports) {
			rows.add(districtRow(referenceData.district(report.districtCode(), locale), report.figures()));
		}
		rows.add(districtRow(msg(locale, "reporting.total"), total));
		document.section(msg(locale, "reporting.summary.compilation.byDistrict")).table(headers, rows);
		document.section(msg(locale, "reporting.summary.compilation.reports"));
		int number = 0;
		for (SummaryReportView report : reports) {
			document.subsection(++number, referenceData.district(report.districtCode(), locale) + "（"
					+ msg(locale, report.status().messageKey()) + "）");
			SummaryText text = report.text();
			document.text(msg(locale, "reporting.summary.section.workDone") + "：" + orNone(text.workDone(), locale), "")
				.text(msg(locale, "reporting.summary.section.experience") + "：" + orNone(text.experience(), locale), "")
				.text(msg(locale, "reporting.summary.section.problems") + "：" + orNone(text.problems(), locale), "")
				.text(msg(locale, "reporting.summary.section.suggestions") + "：" + orNone(text.suggestions(), locale),
						"");
		}
		return document.bytes();
	}

	private void sections(OfficialDocument document, SummaryText text, Locale locale) {
		String none = msg(locale, "reporting.summary.none");
		document.section(msg(locale, "reporting.summary.section.workDone")).text(text.workDone(), none);
		document.section(msg(locale, "reporting.summary.section.experience")).text(text.experience(), none);
		document.section(msg(locale, "reporting.summary.section.problems")).text(text.problems(), none);
		document.section(msg(locale, "reporting.summary.section.suggestions")).text(text.suggestions(), none);
	}

	private String subtitle(SummaryReportView report, String district, Locale locale) {
		String from = msg(locale, "reporting.summary.document.from", district);
		if (report.submittedAt() == null) {
			return from + "　" + msg(locale, report.status().messageKey());
		}
		return from + "　" + msg(locale, "reporting.summary.document.submittedOn", time.date(report.submittedAt()));
	}

	List<List<String>> figureRows(SummaryFigures figures, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (SummaryFigures.StageCount stage : figures.stages()) {
			rows.add(List.of(msg(locale, stage.stage().messageKey()), String.valueOf(stage.count())));
		}
		rows.add(List.of(msg(locale, "reporting.bases.points"), String.valueOf(figures.points())));
		rows.add(List.of(msg(locale, "reporting.bases.zones"), String.valueOf(figures.zones())));
		rows.add(List.of(msg(locale, "reporting.bases.inactive"), String.valueOf(figures.inactive())));
		return rows;
	}

	private static List<String> districtRow(String label, SummaryFigures figures) {
		List<String> row = new ArrayList<>();
		row.add(label);
		figures.stages().forEach(s -> row.add(String.valueOf(s.count())));
		row.add(String.valueOf(figures.points()));
		row.add(String.valueOf(figures.zones()));
		return row;
	}

	private String orNone(String text, Locale locale) {
		return text == null || text.isBlank() ? msg(locale, "reporting.summary.none") : text;
	}

	/** A message; numbers are passed as text, so that a year never prints as "2,025". */
	private String msg(Locale locale, String key, Object... args) {
		Object[] texts = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, texts, key, locale);
	}
}
