package cn.tsbase.reporting;

import java.time.LocalDate;

/**
 * A district has not yet submitted its annual summary report of a year whose deadline (set by the municipal bureau) is
 * near, or has passed ({@code overdue}). Announced once per year, district and kind. {@code reportId} is the district's
 * draft or returned report, null when it has not started one.
 */
public record SummaryReportFoundDue(int year, String districtCode, String districtName, LocalDate dueOn,
		boolean overdue, Long reportId) {

	/** The page where the district files the report. */
	public String link() {
		return reportId == null ? "/reporting/summaries/new?year=" + year : "/reporting/summaries/" + reportId;
	}
}
