package cn.tsbase.publicnotice;

/** The district recorded its verification findings on an objection. */
public record ObjectionFindingsRecorded(long objectionId, long noticeId, String receiptNo, String districtCode,
		String targetUnitName) {
}
