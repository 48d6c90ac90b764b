package cn.tsbase.casework;

/**
 * The district or the municipal bureau rejected a typical case with a reason; its author (a unit, or the district when
 * {@code authorUnitId} is null) edits it and submits it again.
 */
public record TypicalCaseRejected(long caseId, Long authorUnitId, String districtCode, String publicTitle,
		String reason) {
}
