package cn.tsbase.casework;

/** The district approved a typical case for publication: the municipal bureau reviews it next. */
public record TypicalCaseApprovedByDistrict(long caseId, String districtCode, String publicTitle) {
}
