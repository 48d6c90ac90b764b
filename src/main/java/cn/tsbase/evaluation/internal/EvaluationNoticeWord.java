package cn.tsbase.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.document.OfficialDocument;

/**
 * The notice of a round's results (评估结果通报) as a Word document, with the same content as its PDF: title, document
 * number, the body, the bases best first with total and grade, the closing, the sender and the date. The caller
 * audits the download.
 */
@Component
public class EvaluationNoticeWord {

	private final MessageSource messages;
	private final ReferenceData referenceData;

	EvaluationNoticeWord(MessageSource messages, ReferenceData referenceData) {
		this.messages = messages;
		this.referenceData = referenceData;
	}

	public byte[] render(RoundView round, List<EvaluationView> results, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (EvaluationView e : results) {
			n++;
			rows.add(List.of(String.valueOf(n), e.unitName(), referenceData.district(e.districtCode(), locale),
					msg(e.baseType().messageKey(), locale),
					e.finalTotal() == null ? "" : e.finalTotal().toPlainString(),
					e.finalGrade() == null ? "" : msg(e.finalGrade().messageKey(), locale)));
		}
		String year = String.valueOf(round.year());
		OfficialDocument document = new OfficialDocument().title(msg("evaluation.notice.title", locale, year))
			.subtitle(round.documentNumber() == null ? "" : round.documentNumber())
			.text(msg("evaluation.notice.body", locale, year, results.size()), "")
			.table(List.of(msg("recommendation.column.no", locale), msg("unit.field.name", locale),
					msg("unit.field.districtCode", locale), msg("declaration.baseType", locale),
					msg("evaluation.finalTotal", locale), msg("evaluation.finalGrade", locale)), rows)
			.text(msg("evaluation.notice.closing", locale), "")
			.text(msg("evaluation.notice.signature", locale), "");
		if (round.publishedOn() != null) {
			document.text(msg("pilot.letter.date", locale, String.valueOf(round.publishedOn().getYear()),
					String.valueOf(round.publishedOn().getMonthValue()),
					String.valueOf(round.publishedOn().getDayOfMonth())), "");
		}
		return document.bytes();
	}

	private String msg(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}
