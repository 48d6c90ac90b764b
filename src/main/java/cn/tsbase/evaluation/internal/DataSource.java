package cn.tsbase.evaluation.internal;

/**
 * Platform figures an indicator may show beside the self score (pre-fill). Each key names a figure that the
 * operation records hold; {@link Prefill} answers it for a base and year.
 */
public enum DataSource {
	PLAN_ACCEPTED, REPORTS_ON_TIME, TRAININGS_AGAINST_TARGET, MEMBERS_RULES_RATIO, GUIDANCE_FOLLOWUPS_CLOSED,
	INCIDENTS_HANDLED;

	public String messageKey() {
		return "evaluation.dataSource." + name();
	}

	/** The source an indicator's key names ({@code IndicatorModel.Indicator#dataSource()}), or null for none. */
	public static DataSource of(String key) {
		return key == null ? null : valueOf(key);
	}

	/** The key an indicator stores, or null for none. */
	public static String keyOf(DataSource source) {
		return source == null ? null : source.name();
	}
}
