package cn.tsbase.evaluation;

/** The municipal bureau accepted a pilot progress report, or returned it with a reason (null when accepted). */
public record PilotProgressReportDecided(long reportId, long pilotId, String districtCode, int year, int half,
		boolean accepted, String reason) {
}
