package cn.tsbase.reporting;

/** The municipal bureau accepted a district's annual summary report. */
public record SummaryReportAccepted(long reportId, String districtCode, int year) {
}
