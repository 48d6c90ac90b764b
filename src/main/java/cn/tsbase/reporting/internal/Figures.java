package cn.tsbase.reporting.internal;

import java.util.List;

/** The tables behind the dashboards: each a list of labelled rows of counts, with a total row. */
public final class Figures {

	private Figures() {
	}

	/** A row of a table: what it is about (a district, a year, an industry) and its counts, column by column. */
	public record Row(String code, String label, List<Long> counts) {

		public long total() {
			return counts.stream().mapToLong(Long::longValue).sum();
		}
	}

	/** The funnel of one year: a row per district (only the caller's district for a district officer). */
	public record Funnel(int year, List<FunnelStage> stages, List<Row> rows, Row total) {
	}

	/** Bases by district, by batch year and by industry: columns are 示范点, 示范区 (active) and no longer active. */
	public record BaseFigures(List<Row> byDistrict, Row districtTotal, List<Row> byYear, Row yearTotal,
			List<Row> byIndustry, Row industryTotal) {
	}
}
