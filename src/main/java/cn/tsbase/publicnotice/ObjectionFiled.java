package cn.tsbase.publicnotice;

/** A member of the public filed an objection (异议) to a unit on a notice. No personal data travels with it. */
public record ObjectionFiled(long objectionId, long noticeId, String receiptNo, String targetUnitName,
		Long targetDeclarationId, Long targetUnitId) {
}
