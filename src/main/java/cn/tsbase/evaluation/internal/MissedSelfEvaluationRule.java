package cn.tsbase.evaluation.internal;

/**
 * What happens to a base that has not submitted its self-evaluation when the round's self-evaluation deadline has
 * passed. The platform's default is {@link #DISTRICT_SCORES}: the plan has the district evaluate and inspect its bases
 * every year (评估考察, not a self-declaration), and a base that never evaluates is already a ground for revocation after
 * two years, so the district scores it from its own records and the base is marked 未自评. A round may instead count
 * it as 不合格 ({@link #FAILS}) without the district's scoring.
 */
public enum MissedSelfEvaluationRule {
	DISTRICT_SCORES, FAILS;

	/** The platform's default, shown as such on the round's page (not an official rule). */
	public static final MissedSelfEvaluationRule DEFAULT = DISTRICT_SCORES;

	public boolean isDefault() {
		return this == DEFAULT;
	}

	public String messageKey() {
		return "evaluation.missedSelf." + name();
	}
}
