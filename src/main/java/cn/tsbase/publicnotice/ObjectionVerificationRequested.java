package cn.tsbase.publicnotice;

/** The municipal bureau asked the district of the unit objected to to verify the objection. */
public record ObjectionVerificationRequested(long objectionId, long noticeId, String receiptNo, String districtCode,
		String targetUnitName) {
}
