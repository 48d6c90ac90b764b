package cn.tsbase.guidance;

/**
 * The unit answered a guidance visit's record, once: confirmed it as a true account, or commented on it instead.
 */
public record GuidanceVisitAnswered(long visitId, long unitId, boolean confirmed) {
}
