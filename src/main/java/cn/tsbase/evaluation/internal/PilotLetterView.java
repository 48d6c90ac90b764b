package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recommendation letter (推荐函) as pages, documents and the API show it. */
public record PilotLetterView(long id, int year, String documentNumber, LocalDate issuedOn,
		List<Recommended> districts, String createdBy, Instant createdAt) {

	/** A recommended district: its dossier, its total and its place in the year's ranking. */
	public record Recommended(long dossierId, String districtCode, BigDecimal total, int rank) {
	}
}
