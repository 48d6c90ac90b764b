package cn.tsbase.districtreview;

/** The district's decision on a declaration under review. */
public enum ReviewDecision {
	RECOMMEND, NOT_RECOMMEND;

	public String messageKey() {
		return "review.decision." + name();
	}
}
