package cn.tsbase.reporting.internal;

import java.time.Instant;

/**
 * An annual summary report as pages, documents and the API show it. {@code figures} are those it was submitted with,
 * or (for a draft) the figures as they stand today ({@code liveFigures}).
 */
public record SummaryReportView(long id, String districtCode, int year, SummaryReportStatus status, SummaryText text,
		SummaryFigures figures, boolean liveFigures, String returnReason, String decisionNote, int submissions,
		String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, long version) {

	/** A line of a list of reports. */
	public record Row(long id, String districtCode, int year, SummaryReportStatus status, int submissions,
			Instant submittedAt, Instant decidedAt) {

		static Row of(SummaryReport report) {
			return new Row(report.getId(), report.getDistrictCode(), report.getYear(), report.getStatus(),
					report.getSubmissions(), report.getSubmittedAt(), report.getDecidedAt());
		}
	}
}
