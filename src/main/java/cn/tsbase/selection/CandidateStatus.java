package cn.tsbase.selection;

/** Where a recommended declaration stands in the municipal selection. */
public enum CandidateStatus {
	COLLECTED, PRE_REVIEW_PASSED, PRE_REVIEW_FAILED, PROPOSED, NOT_PROPOSED;

	public String messageKey() {
		return "candidate.status." + name();
	}
}
