package cn.tsbase.evaluation.internal;

/** A pilot progress report is submitted, then accepted by the municipal bureau or returned for revision. */
public enum PilotProgressStatus {
	SUBMITTED, ACCEPTED, RETURNED;

	public String messageKey() {
		return "pilot.progress.status." + name();
	}
}
