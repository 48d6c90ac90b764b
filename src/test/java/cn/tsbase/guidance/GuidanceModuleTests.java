package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseDesignated;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.guidance.internal.CultivationPool;
import cn.tsbase.guidance.internal.PoolEntryView;
import cn.tsbase.guidance.internal.SelectionOutcome;
import cn.tsbase.organization.UnitRegistered;
import cn.tsbase.selection.CandidatesNotProposed;
import cn.tsbase.selection.ExpertReviewStarted;
import cn.tsbase.selection.PreReviewFailed;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The guidance module's hand-overs, on the module and the modules it depends on (issue 10, point 5): a unit of the
 * cultivation pool that registers ({@link UnitRegistered}) joins its entry; its declaration's way through the
 * declaration, selection and base modules ({@link DeclarationSubmitted}, {@link DeclarationDecided},
 * {@link PreReviewPassed}, {@link PreReviewFailed}, {@link ExpertReviewStarted}, {@link ProposedListDecided},
 * {@link CandidatesNotProposed}, {@link BaseDesignated}) shows as the entry's outcome.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class GuidanceModuleTests {

	static final String XICHENG = "110102";

	private static final AtomicLong IDS = new AtomicLong(964_600_000L);
	private static final Duration AT_MOST = Duration.ofSeconds(30);

	private static final CurrentUser DISTRICT_OFFICER = new CurrentUser(0L, "district_officer-" + XICHENG, null,
			"officer", EnumSet.of(Role.DISTRICT_OFFICER), XICHENG, null, true, true, false);

	@Autowired
	CultivationPool pool;

	record PoolUnit(long entryId, long unitId, String uscc, String name) {
	}

	private Optional<PoolEntryView> entry(String uscc) {
		return pool.list(DISTRICT_OFFICER, uscc, PageRequest.of(0, 5)).stream().findFirst();
	}

	private SelectionOutcome outcome(String uscc) {
		return entry(uscc).map(PoolEntryView::outcome).orElse(null);
	}

	/** A unit the district keeps in its pool before it registers, then registered (the hand-over joins them). */
	private PoolUnit registeredPoolUnit(Scenario scenario, String name) {
		String uscc = UsccFixtures.random(XICHENG);
		long entryId = pool.add(uscc, name, "模块测试：拟培育申报", null, null, DISTRICT_OFFICER);
		long unitId = IDS.incrementAndGet();
		scenario.publish(new UnitRegistered(unitId, uscc, name, XICHENG, Instant.now()))
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> entry(uscc).map(PoolEntryView::unitId).orElse(null),
					joined -> joined != null && joined == unitId)
			.andVerify(joined -> assertThat(entry(uscc).orElseThrow().unitName()).isEqualTo(name));
		return new PoolUnit(entryId, unitId, uscc, name);
	}

	/** The unit submits a declaration (the hand-over marks the entry applied); its id. */
	private long applied(Scenario scenario, PoolUnit unit) {
		long declarationId = IDS.incrementAndGet();
		long callId = IDS.incrementAndGet();
		scenario.publish(new DeclarationSubmitted(declarationId, callId, unit.unitId(), XICHENG, unit.name(),
				BaseType.POINT, false, 1))
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> entry(unit.uscc()).orElseThrow(),
					entry -> entry.outcome() == SelectionOutcome.APPLIED)
			.andVerify(entry -> {
				assertThat(entry.appliedCallId()).isEqualTo(callId);
				assertThat(entry.appliedAt()).isNotNull();
			});
		return declarationId;
	}

	private void publishAndExpect(Scenario scenario, Object event, PoolUnit unit, SelectionOutcome expected) {
		scenario.publish(event)
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> outcome(unit.uscc()), outcome -> outcome == expected)
			.andVerify(outcome -> assertThat(outcome).isEqualTo(expected));
	}

	@Test
	void aPoolUnitThatRegistersJoinsItsEntry(Scenario scenario) {
		PoolUnit unit = registeredPoolUnit(scenario, "模块测试培育注册有限公司");

		assertThat(entry(unit.uscc()).orElseThrow()).satisfies(entry -> {
			assertThat(entry.id()).isEqualTo(unit.entryId());
			assertThat(entry.registered()).isTrue();
			assertThat(entry.outcome()).isNull();
		});
	}

	@Test
	void aDeclarationsWayThroughSelectionShowsAsItsEntrysOutcome(Scenario scenario) {
		PoolUnit unit = registeredPoolUnit(scenario, "模块测试培育全程有限公司");
		long declaration = applied(scenario, unit);

		publishAndExpect(scenario, new DeclarationDecided(declaration, unit.unitId(), XICHENG, unit.name(), true,
				null), unit, SelectionOutcome.RECOMMENDED);
		publishAndExpect(scenario, new PreReviewPassed(IDS.incrementAndGet(), declaration, unit.unitId(), unit.name()),
				unit, SelectionOutcome.PRE_REVIEW_PASSED);
		publishAndExpect(scenario, new ExpertReviewStarted(IDS.incrementAndGet(), Instant.now(),
				List.of(new ExpertReviewStarted.Entry(declaration, unit.unitId(), unit.name()))), unit,
				SelectionOutcome.EXPERT_REVIEW);
		publishAndExpect(scenario, new ProposedListDecided(IDS.incrementAndGet(), 2031, "module-test",
				List.of(new ProposedListDecided.Entry(declaration, unit.unitId(), unit.name(), unit.uscc(),
						BaseType.POINT, XICHENG, "SOFTWARE_IT"))), unit, SelectionOutcome.PROPOSED);
		publishAndExpect(scenario, new BaseDesignated(IDS.incrementAndGet(), unit.unitId(), unit.name(), unit.uscc(),
				BaseType.POINT, 2031, XICHENG, declaration, "京市监发〔2031〕9号"), unit, SelectionOutcome.PUBLISHED);
	}

	@Test
	void aDeclarationTheDistrictDoesNotRecommendEndsItsWayThere(Scenario scenario) {
		PoolUnit unit = registeredPoolUnit(scenario, "模块测试培育未荐有限公司");
		long declaration = applied(scenario, unit);

		publishAndExpect(scenario, new DeclarationDecided(declaration, unit.unitId(), XICHENG, unit.name(), false,
				"保密制度尚不健全"), unit, SelectionOutcome.NOT_RECOMMENDED);
	}

	@Test
	void aDeclarationThatFailsThePreReviewEndsItsWayThere(Scenario scenario) {
		PoolUnit unit = registeredPoolUnit(scenario, "模块测试培育形审有限公司");
		long declaration = applied(scenario, unit);

		publishAndExpect(scenario, new PreReviewFailed(IDS.incrementAndGet(), declaration, unit.unitId(), XICHENG,
				unit.name(), "近三年发生重大泄密事件"), unit, SelectionOutcome.PRE_REVIEW_FAILED);
	}

	@Test
	void aDeclarationLeftOffTheProposedListEndsItsWayThere(Scenario scenario) {
		PoolUnit unit = registeredPoolUnit(scenario, "模块测试培育未拟有限公司");
		long declaration = applied(scenario, unit);

		publishAndExpect(scenario, new CandidatesNotProposed(IDS.incrementAndGet(), 2031,
				List.of(new CandidatesNotProposed.Entry(declaration, unit.unitId(), unit.name()))), unit,
				SelectionOutcome.NOT_PROPOSED);
	}
}
