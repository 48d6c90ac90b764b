package cn.tsbase.evaluation;

/**
 * A ground for revocation (摘牌) of a base was detected or recorded; {@code kind} is the ground's name
 * (e.g. {@code FAILED_TWO_YEARS}, {@code MAJOR_LEAK}).
 */
public record RevocationTriggerFlagged(long triggerId, long baseId, String unitName, String districtCode,
		String kind) {
}
