package cn.tsbase.publicnotice;

/** The municipal bureau corrected a live notice's wording; its list and dates stay as published. */
public record NoticeTextCorrected(long noticeId) {
}
