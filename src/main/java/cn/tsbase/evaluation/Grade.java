package cn.tsbase.evaluation;

/** The grade of an annual evaluation, best first: 优秀, 良好, 合格, 不合格. Computed, never typed. */
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
