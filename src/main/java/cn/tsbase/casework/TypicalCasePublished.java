package cn.tsbase.casework;

/** The municipal bureau approved a typical case: its desensitised version is on the public case library. */
public record TypicalCasePublished(long caseId, Long authorUnitId, String districtCode, String publicTitle) {
}
