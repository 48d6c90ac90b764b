package cn.tsbase.evaluation;

/** A district in the national pilot filed (or refiled) its progress report of a half-year. */
public record PilotProgressReportSubmitted(long reportId, long pilotId, String districtCode, int year, int half) {
}
