package cn.tsbase.casework;

/**
 * The district or the municipal bureau rejected a typical case with a reason; its author (the unit
 * {@code authorUnitId}, else the guidance officer {@code guideAccountId}, else the district) edits it and submits it
 * again.
 */
public record TypicalCaseRejected(long caseId, Long authorUnitId, String districtCode, String publicTitle,
		String reason, Long guideAccountId) {
}
