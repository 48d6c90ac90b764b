package cn.tsbase.casework;

/** A typical case was submitted for the confidentiality review: its district reviews it first. */
public record TypicalCaseSubmitted(long caseId, String districtCode, String publicTitle) {
}
