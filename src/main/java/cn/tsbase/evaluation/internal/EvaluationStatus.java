package cn.tsbase.evaluation.internal;

/**
 * Where one base's evaluation stands: the base writes its self-evaluation (again after a supplement request), the
 * district scores it and proposes a grade, the municipal bureau reviews, applies the cap and publishes.
 */
public enum EvaluationStatus {
	SELF_EVALUATION, SUBMITTED, SUPPLEMENT_REQUESTED, PROPOSED, PUBLISHED;

	public boolean isUnitEditable() {
		return this == SELF_EVALUATION || this == SUPPLEMENT_REQUESTED;
	}

	public String messageKey() {
		return "evaluation.status." + name();
	}
}
