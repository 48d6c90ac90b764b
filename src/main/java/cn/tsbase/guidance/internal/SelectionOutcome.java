package cn.tsbase.guidance.internal;

/**
 * How far a cultivation pool unit's declaration got in selection; a later stage never gives way to an earlier one
 * of the same declaration.
 */
public enum SelectionOutcome {

	APPLIED(1), NOT_RECOMMENDED(2), RECOMMENDED(2), PRE_REVIEW_PASSED(3), PROPOSED(4), PUBLISHED(5);

	private final int rank;

	SelectionOutcome(int rank) {
		this.rank = rank;
	}

	boolean isBefore(SelectionOutcome other) {
		return rank < other.rank;
	}

	public String messageKey() {
		return "guidance.pool.outcome." + name();
	}
}
