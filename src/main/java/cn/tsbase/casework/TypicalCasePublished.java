package cn.tsbase.casework;

/**
 * The municipal bureau approved a typical case: its desensitised version is on the public case library. Its author is
 * the unit {@code authorUnitId}, else the guidance officer {@code guideAccountId}, else the district.
 */
public record TypicalCasePublished(long caseId, Long authorUnitId, String districtCode, String publicTitle,
		Long guideAccountId) {
}
