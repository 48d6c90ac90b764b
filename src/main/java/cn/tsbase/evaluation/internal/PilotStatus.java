package cn.tsbase.evaluation.internal;

/**
 * A pilot dossier is a draft while the district compiles it, submitted once the district sends it to the municipal
 * bureau, and recommended (frozen) when the bureau recommends the district.
 */
public enum PilotStatus {
	DRAFT, SUBMITTED, RECOMMENDED;

	public String messageKey() {
		return "pilot.status." + name();
	}
}
