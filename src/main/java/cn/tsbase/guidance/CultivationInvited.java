package cn.tsbase.guidance;

/** The district invited a unit of its cultivation pool (培育库) to apply to a call. */
public record CultivationInvited(long entryId, long unitId, String unitName, long callId, String callTitle) {
}
