package cn.tsbase.guidance.internal;

/** How ready a unit is in one management element, from the share of the element's points it reached. */
public enum ReadinessLevel {

	/** At least 80 % of the points. */
	GOOD,
	/** At least 50 %. */
	BASIC,
	/** Below 50 %. */
	WEAK;

	/** The level of {@code score} out of {@code max} points (an element without points counts as good). */
	public static ReadinessLevel of(int score, int max) {
		if (max <= 0 || score * 10 >= max * 8) {
			return GOOD;
		}
		return score * 2 >= max ? BASIC : WEAK;
	}
}
