package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseDesignated;
import cn.tsbase.base.BaseManagement;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.declaration.DeclarationScenarios.OpenCall;
import cn.tsbase.declaration.DeclarationScenarios.Submitted;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.guidance.internal.CultivationPool;
import cn.tsbase.guidance.internal.PoolEntryView;
import cn.tsbase.guidance.internal.SelectionOutcome;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.organization.UnitRegistered;
import cn.tsbase.publicnotice.ListPublished;
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
 * {@link CandidatesNotProposed}, {@link BaseDesignated}) shows as the entry's outcome; a late event of an earlier
 * stage, or one of another declaration, changes nothing; a unit that joins the pool after its declaration or
 * designation (a declaration submitted through the declaration module, a base designated by the base module from
 * {@link ListPublished}) shows how far it got.
 * <p>
 * These took over the outcome assertions of {@link CultivationOutcomeTests}, which polled the pool's rows and the event
 * publication table on the whole application; that test keeps only how each outcome shows on the page, in the export
 * and in the API. An event that changes nothing is waited for through the event publication registry (no incomplete
 * publication of it to guidance's listeners, {@link EventPublicationRegistry}), not as a row.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import({ UnitFixtures.class, DeclarationScenarios.class })
class GuidanceModuleTests {

	static final String XICHENG = "110102";

	private static final AtomicLong IDS = new AtomicLong(964_600_000L);
	private static final Duration AT_MOST = Duration.ofSeconds(30);
	/** A fixed deadline, so that an event read back from the registry equals the one published. */
	private static final Instant DEADLINE = Instant.parse("2031-06-30T16:00:00Z");

	private static final CurrentUser DISTRICT_OFFICER = new CurrentUser(0L, "district_officer-" + XICHENG, null,
			"officer", EnumSet.of(Role.DISTRICT_OFFICER), XICHENG, null, true, true, false);

	@Autowired
	CultivationPool pool;

	@Autowired
	EventPublicationRegistry publications;

	@Autowired
	UnitFixtures units;

	@Autowired
	DeclarationScenarios declarations;

	@Autowired
	BaseManagement bases;

	@Autowired
	ApplicationEventPublisher events;

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

	/**
	 * Guidance's listeners have handled the event (it may change nothing the pool shows): no publication of it to them
	 * is incomplete. The publications are stored when the event is published, before a scenario waits.
	 */
	private boolean handled(Object event) {
		return publications.findIncompletePublications()
			.stream()
			.noneMatch(publication -> publication.getTargetIdentifier().getValue().startsWith("cn.tsbase.guidance.")
					&& event.equals(publication.getEvent()));
	}

	/** Publishes an event that must change nothing: once guidance handled it, the entry shows the same outcome. */
	private void publishAndExpectNoChange(Scenario scenario, Object event, PoolUnit unit) {
		SelectionOutcome before = outcome(unit.uscc());
		scenario.publish(event)
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> handled(event), handled -> handled)
			.andVerify(handled -> assertThat(outcome(unit.uscc())).isEqualTo(before));
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

	@Test
	void aLateEventOfAnEarlierStageTakesNothingBack(Scenario scenario) {
		PoolUnit proposed = registeredPoolUnit(scenario, "模块测试培育迟到有限公司");
		long declaration = applied(scenario, proposed);
		publishAndExpect(scenario, new ExpertReviewStarted(IDS.incrementAndGet(), DEADLINE,
				List.of(new ExpertReviewStarted.Entry(declaration, proposed.unitId(), proposed.name()))), proposed,
				SelectionOutcome.EXPERT_REVIEW);
		publishAndExpectNoChange(scenario, new PreReviewPassed(IDS.incrementAndGet(), declaration, proposed.unitId(),
				proposed.name()), proposed);
		publishAndExpect(scenario, new ProposedListDecided(IDS.incrementAndGet(), 2031, "module-test",
				List.of(new ProposedListDecided.Entry(declaration, proposed.unitId(), proposed.name(), proposed.uscc(),
						BaseType.POINT, XICHENG, "SOFTWARE_IT"))), proposed, SelectionOutcome.PROPOSED);
		publishAndExpectNoChange(scenario, new DeclarationDecided(declaration, proposed.unitId(), XICHENG,
				proposed.name(), true, null), proposed);

		PoolUnit leftOut = registeredPoolUnit(scenario, "模块测试培育迟到未拟有限公司");
		long leftOutDeclaration = applied(scenario, leftOut);
		publishAndExpect(scenario, new CandidatesNotProposed(IDS.incrementAndGet(), 2031,
				List.of(new CandidatesNotProposed.Entry(leftOutDeclaration, leftOut.unitId(), leftOut.name()))),
				leftOut, SelectionOutcome.NOT_PROPOSED);
		publishAndExpectNoChange(scenario, new ExpertReviewStarted(IDS.incrementAndGet(), DEADLINE,
				List.of(new ExpertReviewStarted.Entry(leftOutDeclaration, leftOut.unitId(), leftOut.name()))),
				leftOut);
	}

	@Test
	void anEventOfAnotherDeclarationOfTheUnitChangesNothing(Scenario scenario) {
		PoolUnit unit = registeredPoolUnit(scenario, "模块测试培育他案有限公司");
		long declaration = applied(scenario, unit);
		publishAndExpect(scenario, new DeclarationDecided(declaration, unit.unitId(), XICHENG, unit.name(), false,
				"保密制度尚不健全"), unit, SelectionOutcome.NOT_RECOMMENDED);

		publishAndExpectNoChange(scenario, new PreReviewPassed(IDS.incrementAndGet(), IDS.incrementAndGet(),
				unit.unitId(), unit.name()), unit);
	}

	/** A registered unit of the district added to the pool from the registry. */
	private PoolEntryView joined(UnitFixtures.RegisteredUnit registered) {
		pool.add(registered.unit().getUscc(), null, "模块测试：已有申报或认定，补录培育库", null, null, DISTRICT_OFFICER);
		return entry(registered.unit().getUscc()).orElseThrow();
	}

	@Test
	void aUnitThatJoinsThePoolAfterItsDesignationShowsItWasPublished(Scenario scenario) {
		var registered = units.register("模块测试补录示范有限公司", XICHENG);
		long unitId = registered.unit().getId();
		long publicationId = IDS.incrementAndGet();
		scenario.publish(new ListPublished(publicationId, 0L, 2031, "京市监发〔2031〕" + publicationId % 1000 + "号",
				LocalDate.of(2031, 12, 10), List.of(new ListPublished.Entry(IDS.incrementAndGet(), unitId,
						"模块测试补录示范有限公司", registered.unit().getUscc(), BaseType.POINT, XICHENG, "SOFTWARE_IT"))))
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> bases.ofUnit(unitId), designated -> !designated.isEmpty())
			.andVerify(designated -> assertThat(joined(registered).outcome()).isEqualTo(SelectionOutcome.PUBLISHED));
	}

	@Test
	void aUnitThatJoinsThePoolAfterItsDeclarationShowsItAppliedAndFollowsThatDeclaration(Scenario scenario) {
		OpenCall call = declarations.call(XICHENG, 2031);
		var registered = units.register("模块测试补录申报有限公司", XICHENG);
		Submitted submitted = declarations.submit(call.id(), registered, BaseType.POINT, content -> content);

		PoolEntryView entry = joined(registered);
		assertThat(entry.outcome()).isEqualTo(SelectionOutcome.APPLIED);
		assertThat(entry.appliedCallId()).isEqualTo(call.id());
		assertThat(entry.appliedAt()).isNotNull();
		// the entry follows that declaration: its district decision advances it
		PoolUnit unit = new PoolUnit(entry.id(), submitted.unitId(), registered.unit().getUscc(), entry.unitName());
		publishAndExpect(scenario, new DeclarationDecided(submitted.id(), unit.unitId(), XICHENG, unit.name(), true,
				null), unit, SelectionOutcome.RECOMMENDED);

		var idle = units.register("模块测试补录未申报有限公司", XICHENG);
		assertThat(joined(idle).outcome()).isNull();
	}

	@Test
	void aUnitThatJoinsThePoolAfterItsDeclarationWasProposedOrLeftOffShowsIt(Scenario scenario) {
		OpenCall call = declarations.call(XICHENG, 2031);
		String name = "模块测试补录拟入选有限公司";
		String leftOutName = "模块测试补录未拟入选有限公司";
		var proposed = units.register(name, XICHENG);
		var leftOut = units.register(leftOutName, XICHENG);
		Submitted proposedDeclaration = declarations.submit(call.id(), proposed, BaseType.POINT, content -> content);
		Submitted leftOutDeclaration = declarations.submit(call.id(), leftOut, BaseType.POINT, content -> content);
		long declaration = proposedDeclaration.id();
		long unitId = proposedDeclaration.unitId();
		long list = IDS.incrementAndGet();
		ProposedListDecided decided = new ProposedListDecided(list, 2031, "module-test",
				List.of(new ProposedListDecided.Entry(declaration, unitId, name, proposed.unit().getUscc(),
						BaseType.POINT, XICHENG, "SOFTWARE_IT")));
		CandidatesNotProposed notProposed = new CandidatesNotProposed(list, 2031,
				List.of(new CandidatesNotProposed.Entry(leftOutDeclaration.id(), leftOutDeclaration.unitId(),
						leftOutName)));
		// the way to the list; a late earlier stage would not take the proposal back, so the list is what to wait for
		scenario.stimulate(() -> {
			events.publishEvent(new DeclarationDecided(declaration, unitId, XICHENG, name, true, null));
			events.publishEvent(new PreReviewPassed(IDS.incrementAndGet(), declaration, unitId, name));
			events.publishEvent(new ExpertReviewStarted(IDS.incrementAndGet(), DEADLINE,
					List.of(new ExpertReviewStarted.Entry(declaration, unitId, name))));
			events.publishEvent(decided);
			events.publishEvent(notProposed);
		})
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> handled(decided) && handled(notProposed), handled -> handled)
			.andVerify(handled -> {
				assertThat(joined(proposed).outcome()).isEqualTo(SelectionOutcome.PROPOSED);
				assertThat(joined(leftOut).outcome()).isEqualTo(SelectionOutcome.NOT_PROPOSED);
			});
	}
}
