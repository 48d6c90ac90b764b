package cn.tsbase.evaluation;

/**
 * The self-evaluation deadline of the round's year passed without the base submitting: the daily check closed it under
 * the round's rule, {@code failed} when the rule grades such a base 不合格 (otherwise the district scores it anyway).
 */
public record SelfEvaluationClosed(long evaluationId, long baseId, long unitId, String districtCode, int year,
		boolean failed) {
}
