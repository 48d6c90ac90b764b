package cn.tsbase.publicnotice;

/** The municipal bureau recorded its own investigation of an objection. */
public record ObjectionInvestigated(long objectionId, long noticeId) {
}
