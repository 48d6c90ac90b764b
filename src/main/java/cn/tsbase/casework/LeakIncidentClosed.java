package cn.tsbase.casework;

/** The district closed a leak incident with its outcome. */
public record LeakIncidentClosed(long incidentId, long unitId, String districtCode) {
}
