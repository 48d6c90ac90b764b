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

	/**
	 * A table of figures by district (grades, trainings, visits, incidents...): its name (the export's and the API's),
	 * the message keys of its columns after the district, the columns its chart draws (1 is the first after the
	 * district) and whether stacked, its rows with their totals, and each row's link to the list behind it (null when
	 * there is none).
	 */
	public record Table(String name, List<String> columns, List<Integer> charted, boolean stacked, List<Row> rows,
			Row total, List<String> links) {

		public String titleKey() {
			return "reporting.figure." + name;
		}

		public String chartColumns() {
			return String.join(",", charted.stream().map(String::valueOf).toList());
		}
	}

	/** Bases by district, by batch year and by industry: columns are 示范点, 示范区 (active) and no longer active. */
	public record BaseFigures(List<Row> byDistrict, Row districtTotal, List<Row> byYear, Row yearTotal,
			List<Row> byIndustry, Row industryTotal) {
	}
}
