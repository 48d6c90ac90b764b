package cn.tsbase.guidance;

/** A guidance officer reopened a recommendation the unit had reported done, with the reason. */
public record FollowUpReopened(long followUpId, long visitId, long unitId, String unitName, String note) {
}
