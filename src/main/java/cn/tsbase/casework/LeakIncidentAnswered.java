package cn.tsbase.casework;

/** The district recorded its first contact with the unit about a leak incident. */
public record LeakIncidentAnswered(long incidentId, long unitId, String districtCode) {
}
