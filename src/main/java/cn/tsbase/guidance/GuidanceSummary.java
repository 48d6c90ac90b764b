package cn.tsbase.guidance;

/**
 * What guidance a base or unit had in a year: the visits recorded, the recommendations made, and of those the ones
 * closed, still open (or reported and awaiting the officer) and overdue today.
 */
public record GuidanceSummary(int year, long visits, long followUps, long closedFollowUps, long openFollowUps,
		long overdueFollowUps) {
}
