package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each side wrote per indicator (by code): the base's text and self score (and its note on the platform's figure
 * where it disagrees), the district's score, comment and veto verdict, the municipal bureau's adjusted score and
 * reason. Immutable: every change makes a new sheet.
 */
public record EvaluationSheet(Map<String, Entry> entries) {

	public static final EvaluationSheet EMPTY = new EvaluationSheet(Map.of());

	public EvaluationSheet {
		entries = entries == null ? Map.of() : Map.copyOf(entries);
	}

	public record Entry(String selfText, BigDecimal selfScore, BigDecimal districtScore, String districtComment,
			boolean vetoFailed, BigDecimal municipalScore, String municipalReason, String figureComment) {

		static final Entry BLANK = new Entry(null, null, null, null, false, null, null, null);

		/** The score that counts: the municipal bureau's adjustment, else the district's. */
		public BigDecimal finalScore() {
			return municipalScore != null ? municipalScore : districtScore;
		}
	}

	public Entry entry(String code) {
		return entries.getOrDefault(code, Entry.BLANK);
	}

	/** The base's own answers only. */
	public EvaluationSheet selfOnly() {
		Map<String, Entry> copy = new LinkedHashMap<>();
		entries.forEach((code, e) -> copy.put(code, new Entry(e.selfText(), e.selfScore(), null, null, false, null, null,
				e.figureComment())));
		return new EvaluationSheet(copy);
	}

	EvaluationSheet with(String code, Entry entry) {
		Map<String, Entry> copy = new LinkedHashMap<>(entries);
		copy.put(code, entry);
		return new EvaluationSheet(copy);
	}
}
