package cn.tsbase.selection;

/** The municipal bureau recorded (or cleared) its site visit notes (现场核查) on a candidate of a review round. */
public record SiteVisitRecorded(long roundId, long declarationId) {
}
