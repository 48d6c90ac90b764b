package cn.tsbase.guidance.internal;

/**
 * How far a cultivation pool unit's declaration got in selection: applied, recommended or not by the district, passed
 * or failed the written pre-review (形式审查), under expert review (专家评审), proposed (拟入选) or not (未拟入选),
 * published (发文认定). A later stage never gives way to an earlier one of the same declaration; a failure ends the way
 * (nothing follows).
 */
public enum SelectionOutcome {

	APPLIED(1), NOT_RECOMMENDED(2), RECOMMENDED(2), PRE_REVIEW_FAILED(3), PRE_REVIEW_PASSED(3), EXPERT_REVIEW(4),
	PROPOSED(5), NOT_PROPOSED(5), PUBLISHED(6);

	private final int rank;

	SelectionOutcome(int rank) {
		this.rank = rank;
	}

	boolean isBefore(SelectionOutcome other) {
		return rank < other.rank;
	}

	/**
	 * The declaration went no further: not recommended by the district, failed the written pre-review, or left off
	 * the proposed list.
	 */
	public boolean ended() {
		return this == NOT_RECOMMENDED || this == PRE_REVIEW_FAILED || this == NOT_PROPOSED;
	}

	public String messageKey() {
		return "guidance.pool.outcome." + name();
	}
}
