package cn.tsbase.operation;

/** Where a base's annual work plan of a year stands: none written yet, written, with the district, returned, accepted. */
public enum PlanState {
	NONE, DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
