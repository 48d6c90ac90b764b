package cn.tsbase.selection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.selection.AssignmentView;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.web.TimeFormat;

/**
 * A round's documents: the score sheet (Excel, one row per expert × declaration, every criterion and veto item) and
 * the ranking (PDF, Chinese, both rankings per base type). Each export is audited once, here.
 */
@Component
public class RoundExports {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** A generated file and its name. */
	public record Document(byte[] content, String fileName) {
	}

	private final RoundReading rounds;
	private final ReferenceData referenceData;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final MessageSource messages;
	private final TimeFormat time;
	private final AuditLog audit;
	private final Clock clock;

	RoundExports(RoundReading rounds, ReferenceData referenceData, TemplateEngine templates, PdfRenderer pdf,
			MessageSource messages, TimeFormat time, AuditLog audit, Clock clock) {
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
	public Document scoreSheet(long id, Locale locale) {
		RoundView view = rounds.view(id);
		RoundReading.Results results = RoundReading.results(view);
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
		List<List<Object>> rows = new ArrayList<>();
		int no = 1;
		for (var assignment : ordered(view)) {
			rows.add(row(no++, assignment, view, results, locale));
		}
		byte[] workbook = Spreadsheets.write(msg("scoreSheet.sheet", locale), headers, rows);
		audit.record("SCORE_SHEET_DOWNLOADED", "ReviewRound", id, AuditOutcome.SUCCESS, rows.size() + " rows");
		return new Document(workbook,
				roundFileName("scoreSheet.file", view.round().year(), view.round().name(), locale));
	}

	private static List<AssignmentView> ordered(RoundView view) {
		return view.assignments()
			.stream()
			.sorted(Comparator
				.comparing((AssignmentView a) -> view.entry(a.declarationId()).candidate().baseType())
				.thenComparing(a -> view.unitName(a.declarationId()))
				.thenComparing(a -> view.expertName(a.expertId()))
				.thenComparing(AssignmentView::id))
			.toList();
	}

	private List<Object> row(int no, AssignmentView assignment, RoundView view,
			RoundReading.Results results, Locale locale) {
		RoundView.Entry entry = view.entry(assignment.declarationId());
		var expert = view.experts().get(assignment.expertId());
		var score = view.scoreOf(assignment);
		boolean submitted = score != null && score.submitted();
		List<Object> row = new ArrayList<>(Arrays.asList(no, entry.candidate().unitName(),
				referenceData.district(entry.candidate().districtCode(), locale),
				msg(entry.candidate().baseType().messageKey(), locale), expert.name(), expert.affiliationName(),
				msg(submitted ? "score.status.SUBMITTED" : score == null ? "score.status.NONE" : "score.status.DRAFT",
						locale)));
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
				row.add(msg(Boolean.TRUE.equals(score.vetoFailed(item.code())) ? "preReview.fail" : "preReview.pass",
						locale));
			}
			if (score.comment(item.code()) != null) {
				comments.append(item.name()).append('：').append(score.comment(item.code())).append('\n');
			}
		}
		if (submitted && score.overallComment() != null) {
			comments.append(score.overallComment());
		}
		row.add(submitted ? results.of(assignment.declarationId()).totalsByExpert().get(assignment.expertId()) : "");
		row.add(comments.toString().strip());
		row.add(submitted ? time.minutes(score.submittedAt()) : "");
		return row;
	}

	/** The ranking in Chinese: per base type the raw ranking with the normalised one beside it. */
	public Document ranking(long id) {
		RoundReading.Results results = rounds.results(id);
		Context context = new Context(CHINESE);
		context.setVariable("results", results);
		context.setVariable("view", results.view());
		context.setVariable("round", results.view().round());
		context.setVariable("referenceData", referenceData);
		context.setVariable("date", LocalDate.now(clock.withZone(BEIJING)));
		byte[] document = pdf.render(templates.process("selection/ranking-pdf", context));
		audit.record("RANKING_DOWNLOADED", "ReviewRound", id, AuditOutcome.SUCCESS, null);
		return new Document(document, roundFileName("ranking.file", results.view().round().year(),
				results.view().round().name(), CHINESE));
	}

	/**
	 * A file of a round, named with the year once: a round named "2026年度第一轮" is not called
	 * "2026年度2026年度第一轮" ({@code key.named} then leaves the year out).
	 */
	private String roundFileName(String key, int year, String roundName, Locale locale) {
		return roundName.contains(String.valueOf(year)) ? msg(key + ".named", locale, roundName)
				: msg(key, locale, year, roundName);
	}

	private String msg(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}
