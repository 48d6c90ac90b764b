package cn.tsbase.evaluation.internal;

/** A pilot dossier is a draft until the municipal bureau recommends the district; then it is frozen. */
public enum PilotStatus {
	DRAFT, RECOMMENDED;

	public String messageKey() {
		return "pilot.status." + name();
	}
}
