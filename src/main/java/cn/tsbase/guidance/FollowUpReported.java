package cn.tsbase.guidance;

/** A unit reported what it did on a recommendation; its guidance officer is asked to close or reopen it. */
public record FollowUpReported(long followUpId, long visitId, long unitId, String unitName, long officerAccountId) {
}
