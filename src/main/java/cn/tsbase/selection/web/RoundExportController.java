package cn.tsbase.selection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.selection.internal.Assignment;
import cn.tsbase.selection.internal.Expert;
import cn.tsbase.selection.internal.ExpertScore;
import cn.tsbase.selection.internal.RoundReading;
import cn.tsbase.selection.internal.RoundView;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.web.Downloads;
import cn.tsbase.shared.web.TimeFormat;

/**
 * The round's documents: the score sheet (Excel, one row per expert × declaration, every criterion and veto item) and
 * the ranking (PDF, Chinese, both rankings per base type). Both downloads are audited.
 */
@Controller
@RequestMapping("/selection/rounds/{id}")
class RoundExportController {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final RoundReading rounds;
	private final ReferenceData referenceData;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final MessageSource messages;
	private final TimeFormat time;
	private final AuditLog audit;
	private final Clock clock;

	RoundExportController(RoundReading rounds, ReferenceData referenceData, TemplateEngine templates,
			PdfRenderer pdf, MessageSource messages, TimeFormat time, AuditLog audit, Clock clock) {
		this.rounds = rounds;
		this.referenceData = referenceData;
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
		this.time = time;
		this.audit = audit;
		this.clock = clock;
	}

	/** The score sheet: one row per expert and declaration; only submitted scores show their numbers. */
	@GetMapping("/scores.xlsx")
	ResponseEntity<byte[]> scoreSheet(@PathVariable long id, Locale locale) {
		RoundView view = rounds.view(id);
		List<String> headers = new ArrayList<>(List.of(msg("scoreSheet.no", locale), msg("unit.field.name", locale),
				msg("unit.field.districtCode", locale), msg("declaration.baseType", locale),
				msg("scoreSheet.expert", locale), msg("scoreSheet.expertAffiliation", locale),
				msg("scoreSheet.status", locale)));
		for (Indicator item : view.items()) {
			headers.add(!item.veto() ? item.name() + msg("scoreSheet.range", locale,
					item.lowest().stripTrailingZeros().toPlainString(),
					item.points().stripTrailingZeros().toPlainString(),
					item.weighting().stripTrailingZeros().toPlainString()) : item.name());
		}
		headers.addAll(List.of(msg("scoreSheet.total", locale), msg("scoreSheet.comments", locale),
				msg("scoreSheet.submittedAt", locale)));
		List<Assignment> ordered = view.assignments()
			.stream()
			.sorted(Comparator.comparing((Assignment a) -> view.entry(a.getDeclarationId()).candidate().getBaseType())
				.thenComparing(a -> view.unitName(a.getDeclarationId()))
				.thenComparing(a -> view.expertName(a.getExpertId()))
				.thenComparing(Assignment::getId))
			.toList();
		RoundReading.Results results = rounds.results(id);
		List<List<Object>> rows = new ArrayList<>();
		int no = 1;
		for (Assignment assignment : ordered) {
			RoundView.Entry entry = view.entry(assignment.getDeclarationId());
			Expert expert = view.experts().get(assignment.getExpertId());
			ExpertScore score = view.scoreOf(assignment);
			boolean submitted = score != null && score.isSubmitted();
			List<Object> row = new ArrayList<>(Arrays.asList(no++, entry.candidate().getUnitName(),
					referenceData.district(entry.candidate().getDistrictCode(), locale),
					msg(entry.candidate().getBaseType().messageKey(), locale), expert.getName(),
					expert.getAffiliationName(), msg(submitted ? "score.status.SUBMITTED"
							: score == null ? "score.status.NONE" : "score.status.DRAFT", locale)));
			StringBuilder comments = new StringBuilder();
			for (Indicator item : view.items()) {
				if (!submitted) {
					row.add("");
					continue;
				}
				if (!item.veto()) {
					row.add(score.score(item.code()));
				}
				else {
					row.add(msg(Boolean.TRUE.equals(score.vetoFailed(item.code())) ? "preReview.fail"
							: "preReview.pass", locale));
				}
				if (score.comment(item.code()) != null) {
					comments.append(item.name()).append('：').append(score.comment(item.code())).append('\n');
				}
			}
			if (submitted && score.getOverallComment() != null) {
				comments.append(score.getOverallComment());
			}
			row.add(submitted ? results.of(assignment.getDeclarationId())
				.totalsByExpert()
				.get(assignment.getExpertId()) : "");
			row.add(comments.toString().strip());
			row.add(submitted ? time.minutes(score.getSubmittedAt()) : "");
			rows.add(row);
		}
		byte[] workbook = Spreadsheets.write(msg("scoreSheet.sheet", locale), headers, rows);
		audit.record("SCORE_SHEET_DOWNLOADED", "ReviewRound", id, AuditOutcome.SUCCESS, rows.size() + " rows");
		return Downloads.of(workbook, roundFileName("scoreSheet.file", view.round().getYear(), view.round().getName(),
				locale), Downloads.XLSX);
	}

	/**
	 * A file of a round, named with the year once: a round named "2026年度第一轮" is not called
	 * "2026年度2026年度第一轮" ({@code key.named} then leaves the year out).
	 */
	private String roundFileName(String key, int year, String roundName, Locale locale) {
		return roundName.contains(String.valueOf(year)) ? msg(key + ".named", locale, roundName)
				: msg(key, locale, year, roundName);
	}

	/** The ranking in Chinese: per base type the raw ranking with the normalised one beside it. */
	@GetMapping("/ranking.pdf")
	ResponseEntity<byte[]> ranking(@PathVariable long id) {
		RoundReading.Results results = rounds.results(id);
		Context context = new Context(CHINESE);
		context.setVariable("results", results);
		context.setVariable("view", results.view());
		context.setVariable("round", results.view().round());
		context.setVariable("referenceData", referenceData);
		context.setVariable("date", LocalDate.now(clock.withZone(RoundController.BEIJING)));
		byte[] document = pdf.render(templates.process("selection/ranking-pdf", context));
		audit.record("RANKING_DOWNLOADED", "ReviewRound", id, AuditOutcome.SUCCESS, null);
		return Downloads.of(document, roundFileName("ranking.file", results.view().round().getYear(),
				results.view().round().getName(), CHINESE), MediaType.APPLICATION_PDF);
	}

	private String msg(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

}
