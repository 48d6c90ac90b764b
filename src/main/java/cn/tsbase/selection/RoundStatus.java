package cn.tsbase.selection;

/**
 * Where a review round stands: being set up (conflicts, assignment), released to the experts (scoring; gaps left by
 * declared conflicts are filled and released again), decided (the proposed list; nothing changes any more).
 */
public enum RoundStatus {
	SETUP, RELEASED, DECIDED;

	public String messageKey() {
		return "round.status." + name();
	}
}
