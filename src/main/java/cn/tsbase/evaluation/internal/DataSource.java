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
}
