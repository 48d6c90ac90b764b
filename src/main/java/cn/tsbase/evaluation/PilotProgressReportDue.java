package cn.tsbase.evaluation;

/** A district in the national pilot has not yet filed the progress report of the half-year ending this month. */
public record PilotProgressReportDue(long pilotId, String districtCode, int year, int half) {
}
