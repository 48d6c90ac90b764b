package cn.tsbase.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.document.OfficialDocument;

/**
 * The recommendation letter (推荐函) as a Word document through the shared {@link OfficialDocument}: title, document
 * number, addressee, the districts in the ranking's order with their totals, the sender and the date. Numbers that are
 * years or ranks are passed as text so no thousands separator appears. The caller audits the download.
 */
@Component
public class PilotLetterWord {

	private final MessageSource messages;
	private final ReferenceData referenceData;

	PilotLetterWord(MessageSource messages, ReferenceData referenceData) {
		this.messages = messages;
		this.referenceData = referenceData;
	}

	public byte[] render(PilotLetterView letter, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (PilotLetterView.Recommended r : letter.districts()) {
			n++;
			rows.add(List.of(String.valueOf(n), referenceData.district(r.districtCode(), locale),
					String.valueOf(r.rank()), r.total() == null ? "" : r.total().toPlainString()));
		}
		OfficialDocument document = new OfficialDocument()
			.title(msg("pilot.letter.title", locale, String.valueOf(letter.year())))
			.subtitle(letter.documentNumber())
			.text(msg("pilot.letter.addressee", locale), "")
			.text(msg("pilot.letter.body", locale, String.valueOf(letter.year())), "")
			.table(List.of(msg("pilot.letter.number", locale), msg("pilot.letter.district", locale),
					msg("pilot.letter.rank", locale), msg("pilot.letter.total", locale)), rows)
			.text(msg("pilot.letter.closing", locale), "")
			.text(msg("pilot.letter.sender", locale), "")
			.text(date(letter, locale), "");
		return document.bytes();
	}

	/** The recommended districts' names, in the letter's order. */
	public List<String> districtNames(PilotLetterView letter, Locale locale) {
		return letter.districts().stream().map(r -> referenceData.district(r.districtCode(), locale)).toList();
	}

	/** The letter's date as the letter writes it (e.g. 2026年12月7日). */
	public String date(PilotLetterView letter, Locale locale) {
		return msg("pilot.letter.date", locale, String.valueOf(letter.issuedOn().getYear()),
				String.valueOf(letter.issuedOn().getMonthValue()), String.valueOf(letter.issuedOn().getDayOfMonth()));
	}

	private String msg(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}
