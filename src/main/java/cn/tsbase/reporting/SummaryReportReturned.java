package cn.tsbase.reporting;

/** The municipal bureau returned a district's annual summary report for revision, with its reason. */
public record SummaryReportReturned(long reportId, String districtCode, int year, String reason) {
}
