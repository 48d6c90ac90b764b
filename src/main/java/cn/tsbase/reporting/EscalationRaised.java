package cn.tsbase.reporting;

/** A district raised a problem with the municipal bureau (directly, or by forwarding a liaison report's problem). */
public record EscalationRaised(long escalationId, String districtCode, String districtName, String title) {
}
