package cn.tsbase.shared.indicators;

/**
 * A grade from {@link GradeThresholds}, best first: 优秀, 良好, 合格, 不合格. Computed, never typed. The annual evaluation
 * grades bases with it.
 */
public enum Grade {
	EXCELLENT, GOOD, PASS, FAIL;

	/** Whether this grade is the given one or better. */
	public boolean atLeast(Grade other) {
		return ordinal() <= other.ordinal();
	}

	public String messageKey() {
		return "evaluation.grade." + name();
	}
}
