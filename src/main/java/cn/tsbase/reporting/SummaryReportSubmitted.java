package cn.tsbase.reporting;

/** A district (its code and its name in Chinese) submitted (or, after a return, resubmitted) its annual summary report to the municipal bureau. */
public record SummaryReportSubmitted(long reportId, String districtCode, String districtName, int year,
		boolean resubmitted) {
}
