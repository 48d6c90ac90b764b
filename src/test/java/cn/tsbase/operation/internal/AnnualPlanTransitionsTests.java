package cn.tsbase.operation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.AnnualPlanAccepted;
import cn.tsbase.operation.AnnualPlanReturned;
import cn.tsbase.operation.AnnualPlanSubmitted;
import cn.tsbase.shared.StateConflictException;

/** The annual plan's transitions refuse every step out of order. */
class AnnualPlanTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	private static final PlanContent CONTENT = new PlanContent("全员培训", List.of(new PlanContent.PlannedActivity(3,
			ActivityKind.TRAINING, "保密培训", "全体员工", 100)), null, null, null, null);

	private static AnnualPlan draft() {
		AnnualPlan plan = saved(new AnnualPlan(1L, 2L, "测试单位", "110102", BaseType.POINT, 2026, NOW));
		plan.write(CONTENT, NOW);
		return plan;
	}

	/** As the repository hands it back: with its identity. */
	private static AnnualPlan saved(AnnualPlan plan) {
		ReflectionTestUtils.setField(plan, "id", 7L);
		return plan;
	}

	@Test
	void aSubmittedPlanCannotBeEditedOrSubmittedAgain() {
		AnnualPlan plan = draft();
		assertThat(plan.submit(NOW).submittedVersion()).isEqualTo(1);
		assertThatThrownBy(() -> plan.write(CONTENT, NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> plan.submit(NOW)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void onlyASubmittedPlanIsReturnedOrAccepted() {
		AnnualPlan plan = draft();
		assertThatThrownBy(() -> plan.accept(null, "officer", NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> plan.returnForRevision("理由", "officer", NOW))
			.isInstanceOf(StateConflictException.class);
		plan.submit(NOW);
		plan.accept("很好", "officer", NOW);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACCEPTED);
		assertThatThrownBy(() -> plan.returnForRevision("理由", "officer", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> plan.write(CONTENT, NOW)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aReturnNeedsAReasonAndAReturnedPlanIsResubmittedAsTheNextVersion() {
		AnnualPlan plan = draft();
		plan.submit(NOW);
		assertThatThrownBy(() -> plan.returnForRevision(" ", "officer", NOW))
			.isInstanceOf(StateConflictException.class);
		plan.returnForRevision("请补充预算", "officer", NOW);
		plan.write(CONTENT, NOW);
		assertThat(plan.submit(NOW).submittedVersion()).isEqualTo(2);
	}

	@Test
	void aPlanWithoutGoalsOrActivitiesIsNotSubmitted() {
		AnnualPlan plan = saved(new AnnualPlan(1L, 2L, "测试单位", "110102", BaseType.POINT, 2026, NOW));
		plan.write(new PlanContent("目标", List.of(), null, null, null, null), NOW);
		assertThatThrownBy(() -> plan.submit(NOW)).isInstanceOf(StateConflictException.class)
			.hasFieldOrPropertyWithValue("messageKey", "operation.plan.incomplete");
	}

	@Test
	void aPointKeepsNoZoneTargets() {
		AnnualPlan plan = new AnnualPlan(1L, 2L, "测试单位", "110102", BaseType.POINT, 2026, NOW);
		plan.write(new PlanContent("目标", CONTENT.activities(), null, null, null,
				new PlanContent.ZoneTargets(80, 4, 2, 90)), NOW);
		assertThat(plan.content().zoneTargets()).isNull();
	}

	@Test
	void eachTransitionRegistersItsEventAndARefusedOneNone() {
		AnnualPlan plan = draft();
		assertThat(plan.pendingEvents()).isEmpty();
		assertThatThrownBy(() -> plan.accept(null, "officer", NOW)).isInstanceOf(StateConflictException.class);
		assertThat(plan.pendingEvents()).isEmpty();
		plan.submit(NOW);
		assertThatThrownBy(() -> plan.returnForRevision(" ", "officer", NOW))
			.isInstanceOf(StateConflictException.class);
		plan.returnForRevision("请补充预算", "officer", NOW);
		plan.write(CONTENT, NOW);
		plan.submit(NOW);
		plan.accept("很好", "officer", NOW);
		assertThat(plan.pendingEvents()).containsExactly(
				new AnnualPlanSubmitted(7L, 1L, 2L, "测试单位", "110102", 2026, 1),
				new AnnualPlanReturned(7L, 1L, 2L, "测试单位", "110102", 2026, "请补充预算"),
				new AnnualPlanSubmitted(7L, 1L, 2L, "测试单位", "110102", 2026, 2),
				new AnnualPlanAccepted(7L, 1L, 2L, "测试单位", "110102", 2026));
	}
}
