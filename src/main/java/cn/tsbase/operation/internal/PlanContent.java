package cn.tsbase.operation.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a base writes in its annual work plan (年度工作计划): goals, the trainings and publicity events it plans, the
 * resources and budget (万元), the work on the five standards and, for a zone, the four targets of §五.
 */
public record PlanContent(String goals, List<PlannedActivity> activities, String resources, BigDecimal budget,
		String standardsWork, ZoneTargets zoneTargets) {

	public PlanContent {
		activities = activities == null ? List.of() : List.copyOf(activities);
	}

	/** A planned training or publicity event. */
	public record PlannedActivity(int month, ActivityKind kind, String topic, String audience, int expectedReach) {
	}

	/**
	 * A zone's four targets: members' training ratio (%), legal-awareness events, demonstration enterprises
	 * cultivated, ratio of members with protection rules (%).
	 */
	public record ZoneTargets(Integer trainingRatio, Integer legalEvents, Integer demonstrationEnterprises,
			Integer rulesRatio) {
	}

	public int planned(ActivityKind kind) {
		return (int) activities.stream().filter(a -> a.kind() == kind).count();
	}

	public int plannedReach(ActivityKind kind) {
		return activities.stream().filter(a -> a.kind() == kind).mapToInt(PlannedActivity::expectedReach).sum();
	}
}
