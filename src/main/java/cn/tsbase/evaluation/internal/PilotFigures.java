package cn.tsbase.evaluation.internal;

/**
 * A district's figures for the national pilot dossier of a year, as the statistics ports count them: active bases by
 * type, the year's published grades, the rectification orders of the year's evaluations, revocations, and the
 * year's trainings, liaison reports, guidance visits, leak incidents (with the median first answer in minutes, null
 * when none was answered) and typical cases published.
 */
public record PilotFigures(long activePoints, long activeZones, long excellent, long good, long pass, long fail,
		long rectificationsOrdered, long rectificationsAccepted, long rectificationsOpen, long rectificationsFailed,
		long basesRevoked, long revocationsPending, long trainings, long peopleTrained, long reportsOnTime,
		long reportsLate, long reportsMissing, long guidanceVisits, long incidents, Long medianResponseMinutes,
		long casesPublished) {

	public long evaluated() {
		return excellent + good + pass + fail;
	}
}
