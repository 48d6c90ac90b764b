package cn.tsbase.reporting;

/** The municipal bureau answered a district's escalated problem. */
public record EscalationAnswered(long escalationId, String districtCode, String title) {
}
