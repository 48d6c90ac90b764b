package cn.tsbase.evaluation.internal;

/** Over which bases the 优秀 cap is counted: each district's evaluated bases, or all of the round's. */
public enum CapScope {
	DISTRICT, OVERALL;

	public String messageKey() {
		return "evaluation.capScope." + name();
	}
}
