package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseDesignated;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.guidance.internal.CultivationPool;
import cn.tsbase.guidance.internal.PoolEntryView;
import cn.tsbase.guidance.internal.SelectionOutcome;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.selection.CandidatesNotProposed;
import cn.tsbase.selection.ExpertReviewStarted;
import cn.tsbase.selection.PreReviewFailed;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/**
 * How each selection outcome of a cultivation pool unit shows on the pool page, in the pool's Excel export and in the
 * JSON API, and that a unit whose declaration has not started shows none.
 * <p>
 * Issue 10, point 5: the hand-overs that set the outcome are {@link GuidanceModuleTests}, with {@code Scenario} on
 * the guidance module and its dependencies: each stage of the way (applied, recommended or not, pre-review passed or
 * failed, expert review, proposed or not, published), a late event of an earlier stage or one of another declaration
 * changing nothing, and a unit that joins the pool after its declaration, its designation or the proposed list
 * showing how far it got. They were asserted here by polling the pool's rows and the event publication table across
 * the whole application. What stays here needs the whole application: the page, the export and the API are read
 * through the web layer and its security filter chain, which the module test does not start. The test brings one
 * unit to each outcome with the upstream modules' events and waits for it through the pool's own query
 * ({@link CultivationPool#list}), not through rows.
 */
@IntegrationTest
class CultivationOutcomeTests {

	static final String XICHENG = "110102";

	private static final AtomicLong IDS = new AtomicLong(970_777_000L);

	private static final CurrentUser DISTRICT_OFFICER = new CurrentUser(0L, "district_officer-" + XICHENG, null,
			"officer", EnumSet.of(Role.DISTRICT_OFFICER), XICHENG, null, true, true, false);

	/** Each outcome and how the pool shows it. */
	private static final Map<SelectionOutcome, String> LABELS = new LinkedHashMap<>();

	static {
		LABELS.put(SelectionOutcome.APPLIED, "已申报");
		LABELS.put(SelectionOutcome.RECOMMENDED, "区级已推荐");
		LABELS.put(SelectionOutcome.NOT_RECOMMENDED, "区级未推荐");
		LABELS.put(SelectionOutcome.PRE_REVIEW_PASSED, "通过形式审查");
		LABELS.put(SelectionOutcome.PRE_REVIEW_FAILED, "未通过形式审查");
		LABELS.put(SelectionOutcome.EXPERT_REVIEW, "专家评审中");
		LABELS.put(SelectionOutcome.PROPOSED, "拟入选");
		LABELS.put(SelectionOutcome.NOT_PROPOSED, "未拟入选");
		LABELS.put(SelectionOutcome.PUBLISHED, "已发文认定");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitFixtures units;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CultivationPool pool;

	RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	record PoolUnit(long unitId, String name, String uscc, long entryId, long declarationId) {
	}

	/** A registered unit of the district, added to the pool on its page; the declaration it will submit. */
	private PoolUnit poolUnit(String name) throws Exception {
		var registered = units.register(name, XICHENG);
		String uscc = registered.unit().getUscc();
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", uscc)
			.param("reason", "基础较好，拟培育申报")).andExpect(status().is3xxRedirection());
		return new PoolUnit(registered.unit().getId(), name, uscc, entry(uscc).id(), IDS.incrementAndGet());
	}

	private PoolEntryView entry(String uscc) {
		return pool.list(DISTRICT_OFFICER, uscc, PageRequest.of(0, 5)).stream().findFirst().orElseThrow();
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(s -> events.publishEvent(event));
	}

	private void awaitOutcome(PoolUnit unit, SelectionOutcome outcome) {
		await().atMost(Duration.ofSeconds(20)).until(() -> entry(unit.uscc()).outcome() == outcome);
	}

	/** The event of the selection's way that brings an applied unit's declaration to the outcome. */
	private Object eventReaching(SelectionOutcome outcome, PoolUnit unit) {
		long declaration = unit.declarationId();
		return switch (outcome) {
			case RECOMMENDED -> new DeclarationDecided(declaration, unit.unitId(), XICHENG, unit.name(), true, null);
			case NOT_RECOMMENDED -> new DeclarationDecided(declaration, unit.unitId(), XICHENG, unit.name(), false,
					"保密制度尚不健全");
			case PRE_REVIEW_PASSED -> new PreReviewPassed(IDS.incrementAndGet(), declaration, unit.unitId(),
					unit.name());
			case PRE_REVIEW_FAILED -> new PreReviewFailed(IDS.incrementAndGet(), declaration, unit.unitId(), XICHENG,
					unit.name(), "材料不齐");
			case EXPERT_REVIEW -> new ExpertReviewStarted(IDS.incrementAndGet(), Instant.now().plusSeconds(86_400),
					List.of(new ExpertReviewStarted.Entry(declaration, unit.unitId(), unit.name())));
			case PROPOSED -> new ProposedListDecided(IDS.incrementAndGet(), 2026, "test-municipal",
					List.of(new ProposedListDecided.Entry(declaration, unit.unitId(), unit.name(), unit.uscc(),
							BaseType.POINT, XICHENG, "SOFTWARE_IT")));
			case NOT_PROPOSED -> new CandidatesNotProposed(IDS.incrementAndGet(), 2026,
					List.of(new CandidatesNotProposed.Entry(declaration, unit.unitId(), unit.name())));
			case PUBLISHED -> new BaseDesignated(IDS.incrementAndGet(), unit.unitId(), unit.name(), unit.uscc(),
					BaseType.POINT, 2026, XICHENG, declaration, "京市监发〔2026〕9号");
			case APPLIED -> throw new IllegalArgumentException("applied is the declaration's submission");
		};
	}

	private String badge(PoolUnit unit) throws Exception {
		return Jsoup.parse(mvc.perform(get("/guidance/pool").param("q", unit.uscc()).with(district))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#pool-" + unit.entryId() + " .status .outcome").text();
	}

	@Test
	void eachOutcomeShowsOnThePoolPageInTheExportAndInTheApi() throws Exception {
		Map<SelectionOutcome, PoolUnit> reached = new LinkedHashMap<>();
		for (SelectionOutcome outcome : LABELS.keySet()) {
			reached.put(outcome, poolUnit("培育成效展示" + LABELS.get(outcome) + "有限公司"));
		}
		PoolUnit idle = poolUnit("培育成效展示未申报有限公司");
		long call = IDS.incrementAndGet();
		for (PoolUnit unit : reached.values()) {
			publish(new DeclarationSubmitted(unit.declarationId(), call, unit.unitId(), XICHENG, unit.name(),
					BaseType.POINT, false, 1));
		}
		for (PoolUnit unit : reached.values()) {
			awaitOutcome(unit, SelectionOutcome.APPLIED);
		}
		reached.forEach((outcome, unit) -> {
			if (outcome != SelectionOutcome.APPLIED) {
				publish(eventReaching(outcome, unit));
			}
		});
		reached.forEach((outcome, unit) -> awaitOutcome(unit, outcome));

		for (var each : reached.entrySet()) {
			assertThat(badge(each.getValue())).as(each.getKey().name()).isEqualTo(LABELS.get(each.getKey()));
			mvc.perform(get("/api/v1/cultivation-pool").param("q", each.getValue().uscc()).with(district))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.content[0].outcome").value(each.getKey().name()));
		}
		assertThat(badge(idle)).isEmpty();

		List<List<String>> rows = ExportedWorkbooks.rows(mvc,
				get("/guidance/pool/export.xlsx").param("q", "培育成效展示").with(district));
		assertThat(rows.get(0)).contains("单位", "统一社会信用代码", "指导次数", "评选进展");
		reached.forEach((outcome, unit) -> assertThat(rows)
			.anySatisfy(row -> assertThat(row).contains(unit.name(), unit.uscc(), LABELS.get(outcome))));
	}
}
