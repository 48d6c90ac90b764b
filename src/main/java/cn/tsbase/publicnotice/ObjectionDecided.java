package cn.tsbase.publicnotice;

/**
 * The municipal bureau decided an objection with a written reply; an upheld one took the unit off the notice's list.
 */
public record ObjectionDecided(long objectionId, long noticeId, ObjectionDecision decision) {
}
