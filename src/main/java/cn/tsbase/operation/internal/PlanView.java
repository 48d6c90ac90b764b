package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.tsbase.declaration.BaseType;

/**
 * A base's annual plan of a year as pages show it. Without a plan yet, {@code status} is null and the content empty;
 * {@code deadline} is the district's filing deadline, null while filing is not open.
 */
public record PlanView(long baseId, String unitName, String districtCode, BaseType baseType, int year,
		PlanStatus status, PlanContent content, String guidance, String returnReason, int submittedVersion,
		Instant submittedAt, String decidedBy, Instant decidedAt, long version, LocalDate deadline, boolean overdue,
		List<VersionSummary> versions, PlanProgress progress) {

	public boolean exists() {
		return status != null;
	}

	public boolean isEditable() {
		return deadline != null && (status == null || status.isEditable());
	}

	public boolean isSubmitted() {
		return status == PlanStatus.SUBMITTED;
	}

	public boolean isZone() {
		return baseType == BaseType.ZONE;
	}

	/** A submitted version with the district's decision on it (null while pending). */
	public record VersionSummary(int number, String submittedBy, Instant submittedAt, PlanStatus decision,
			String decisionReason, String decidedBy, Instant decidedAt) {
	}

	/** A year's plan as listed on the profile page. */
	public record Summary(int year, PlanStatus status) {
	}

	/** A district's plan filing. */
	public record Filing(String districtCode, int year, LocalDate deadline, String openedBy, Instant openedAt) {
	}
}
