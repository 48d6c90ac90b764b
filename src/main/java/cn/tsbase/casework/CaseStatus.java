package cn.tsbase.casework;

/**
 * Where a typical case stands in the confidentiality review (保密审查): written, submitted to the district, approved by
 * the district and awaiting the municipal bureau, published, or rejected with reasons (and then edited again).
 */
public enum CaseStatus {

	DRAFT, SUBMITTED, DISTRICT_APPROVED, PUBLISHED, REJECTED;

	public boolean isEditable() {
		return this == DRAFT || this == REJECTED;
	}

	public String messageKey() {
		return "casework.caseStatus." + name();
	}
}
