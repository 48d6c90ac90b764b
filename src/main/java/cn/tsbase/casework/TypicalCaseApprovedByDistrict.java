package cn.tsbase.casework;

/**
 * The district approved a typical case for publication: the municipal bureau reviews it next. {@code guideAccountId}
 * is the guidance officer who wrote the case (told of the step), null when a unit or the district wrote it.
 */
public record TypicalCaseApprovedByDistrict(long caseId, String districtCode, String publicTitle, Long guideAccountId) {
}
