package cn.tsbase.evaluation.internal;

/** A round is open until the municipal bureau publishes its results. */
public enum RoundStatus {
	OPEN, PUBLISHED;

	public String messageKey() {
		return "evaluation.round.status." + name();
	}
}
