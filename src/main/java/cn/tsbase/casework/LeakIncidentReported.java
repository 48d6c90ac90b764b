package cn.tsbase.casework;

/**
 * A unit reported a leak incident (泄露事件) to its district. Carries no content of the incident: listeners link to it,
 * and whoever opens the link is checked there.
 */
public record LeakIncidentReported(long incidentId, long unitId, String districtCode, boolean helpWanted) {
}
