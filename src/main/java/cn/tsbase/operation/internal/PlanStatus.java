package cn.tsbase.operation.internal;

/** Where an annual work plan stands: written, with the district, returned for revision, or accepted (确认). */
public enum PlanStatus {
	DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	public String messageKey() {
		return "operation.planStatus." + name();
	}

	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}
}
