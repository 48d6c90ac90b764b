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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseDesignated;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.selection.CandidatesNotProposed;
import cn.tsbase.selection.ExpertReviewStarted;
import cn.tsbase.selection.PreReviewFailed;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.shared.web.ExportedWorkbooks;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.security.Role;

/**
 * The cultivation pool shows, per unit, the guidance visits it had and how far its declaration got in selection, as
 * the declaration, selection and base modules announce it: applied, recommended or not by the district, passed the
 * pre-review, proposed or left off the proposed list, designated. Events of another declaration, or late ones of an
 * earlier stage, change nothing.
 */
@IntegrationTest
class CultivationOutcomeTests {

	static final String XICHENG = "110102";

	private static final AtomicLong IDS = new AtomicLong(970_777_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SelectionFixtures selection;

	RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	record PoolUnit(long unitId, String name, String uscc, long entryId) {
	}

	private PoolUnit poolUnit(String name) throws Exception {
		var registered = units.register(name, XICHENG);
		String uscc = registered.unit().getUscc();
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", uscc)
			.param("reason", "基础较好，拟培育申报")).andExpect(status().is3xxRedirection());
		long entryId = jdbc.queryForObject("select id from cultivation_entry where uscc = ? and district_code = ?",
				Long.class, uscc, XICHENG);
		return new PoolUnit(registered.unit().getId(), name, uscc, entryId);
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(s -> events.publishEvent(event));
	}

	private void awaitOutcome(PoolUnit unit, String outcome) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> outcome.equals(jdbc.queryForObject("select outcome from cultivation_entry where id = ?",
					String.class, unit.entryId())));
	}

	private String badge(PoolUnit unit) throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/guidance/pool").param("q", unit.uscc()).with(district))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		return page.select("#pool-" + unit.entryId() + " .status .outcome").text();
	}

	@Test
	void eachPoolUnitShowsHowFarItsDeclarationGotInSelection() throws Exception {
		PoolUnit designated = poolUnit("培育成效精密制造有限公司");
		PoolUnit refused = poolUnit("培育成效生物医药有限公司");
		PoolUnit idle = poolUnit("培育成效新材料有限公司");
		long declaration = IDS.incrementAndGet();
		long refusedDeclaration = IDS.incrementAndGet();
		long call = IDS.incrementAndGet();

		publish(new DeclarationSubmitted(declaration, call, designated.unitId(), XICHENG, designated.name(),
				BaseType.POINT, false, 1));
		publish(new DeclarationSubmitted(refusedDeclaration, call, refused.unitId(), XICHENG, refused.name(),
				BaseType.POINT, false, 1));
		awaitOutcome(designated, "APPLIED");
		awaitOutcome(refused, "APPLIED");
		assertThat(badge(designated)).isEqualTo("已申报");

		publish(new DeclarationDecided(declaration, designated.unitId(), XICHENG, designated.name(), true, null));
		publish(new DeclarationDecided(refusedDeclaration, refused.unitId(), XICHENG, refused.name(), false,
				"保密制度尚不健全"));
		awaitOutcome(designated, "RECOMMENDED");
		awaitOutcome(refused, "NOT_RECOMMENDED");
		assertThat(badge(designated)).isEqualTo("区级已推荐");
		assertThat(badge(refused)).isEqualTo("区级未推荐");

		publish(new PreReviewPassed(IDS.incrementAndGet(), declaration, designated.unitId(), designated.name()));
		awaitOutcome(designated, "PRE_REVIEW_PASSED");
		assertThat(badge(designated)).isEqualTo("通过形式审查");

		publish(new ProposedListDecided(IDS.incrementAndGet(), 2026, "test-municipal",
				List.of(new ProposedListDecided.Entry(declaration, designated.unitId(), designated.name(),
						designated.uscc(), BaseType.POINT, XICHENG, "SOFTWARE_IT"))));
		awaitOutcome(designated, "PROPOSED");
		assertThat(badge(designated)).isEqualTo("拟入选");

		// a late event of an earlier stage, and one of another declaration, change nothing
		publish(new DeclarationDecided(declaration, designated.unitId(), XICHENG, designated.name(), true, null));
		long strayCandidate = IDS.incrementAndGet();
		publish(new PreReviewPassed(strayCandidate, IDS.incrementAndGet(), refused.unitId(), refused.name()));
		publish(new BaseDesignated(IDS.incrementAndGet(), designated.unitId(), designated.name(), designated.uscc(),
				BaseType.POINT, 2026, XICHENG, declaration, "京市监发〔2026〕9号"));
		awaitOutcome(designated, "PUBLISHED");
		assertThat(badge(designated)).isEqualTo("已发文认定");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
					+ "and serialized_event like ?", Long.class, "%" + strayCandidate + "%") == 0);
		assertThat(jdbc.queryForObject("select outcome from cultivation_entry where id = ?", String.class,
				refused.entryId())).isEqualTo("NOT_RECOMMENDED");
		assertThat(jdbc.queryForObject("select outcome from cultivation_entry where id = ?", String.class,
				idle.entryId())).isNull();
		assertThat(badge(idle)).isEmpty();

		mvc.perform(get("/api/v1/cultivation-pool").param("q", designated.uscc()).with(district))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].outcome").value("PUBLISHED"));
	}

	@Test
	void aUnitThatJoinsThePoolAfterItsDeclarationOrDesignationShowsHowFarItGot() throws Exception {
		var base = new GuidanceFixtures(units, events, transactions, jdbc).base("补录成效示范科技有限公司", XICHENG);
		PoolUnit designated = poolUnitOf(base.unitId(), "补录成效示范科技有限公司", base.uscc());
		assertThat(jdbc.queryForObject("select outcome from cultivation_entry where id = ?", String.class,
				designated.entryId())).isEqualTo("PUBLISHED");
		assertThat(badge(designated)).isEqualTo("已发文认定");

		var call = selection.call(XICHENG, 2026);
		var registered = units.register("补录成效申报科技有限公司", XICHENG);
		selection.submitted(call, registered, BaseType.POINT);
		var submitted = jdbc.queryForMap("select id, call_id from declaration where unit_id = ?",
				registered.unit().getId());
		PoolUnit applied = poolUnitOf(registered.unit().getId(), "补录成效申报科技有限公司", registered.unit().getUscc());
		assertThat(jdbc.queryForMap("select outcome, declaration_id, applied_call_id from cultivation_entry "
				+ "where id = ?", applied.entryId()))
			.containsEntry("OUTCOME", "APPLIED")
			.containsEntry("DECLARATION_ID", submitted.get("id"))
			.containsEntry("APPLIED_CALL_ID", submitted.get("call_id"));
		assertThat(badge(applied)).isEqualTo("已申报");

		PoolUnit idle = poolUnit("补录成效未申报有限公司");
		assertThat(jdbc.queryForObject("select outcome from cultivation_entry where id = ?", String.class,
				idle.entryId())).isNull();
	}

	@Test
	void aPoolUnitThatFailsThePreReviewOrIsUnderExpertReviewShowsItOnThePageAndInTheExport() throws Exception {
		PoolUnit failed = poolUnit("培育成效形审未过有限公司");
		PoolUnit reviewed = poolUnit("培育成效专家评审有限公司");
		long failedDeclaration = IDS.incrementAndGet();
		long reviewedDeclaration = IDS.incrementAndGet();
		long call = IDS.incrementAndGet();
		publish(new DeclarationSubmitted(failedDeclaration, call, failed.unitId(), XICHENG, failed.name(),
				BaseType.POINT, false, 1));
		publish(new DeclarationSubmitted(reviewedDeclaration, call, reviewed.unitId(), XICHENG, reviewed.name(),
				BaseType.POINT, false, 1));
		awaitOutcome(failed, "APPLIED");
		awaitOutcome(reviewed, "APPLIED");
		publish(new DeclarationDecided(failedDeclaration, failed.unitId(), XICHENG, failed.name(), true, null));
		publish(new DeclarationDecided(reviewedDeclaration, reviewed.unitId(), XICHENG, reviewed.name(), true, null));
		awaitOutcome(failed, "RECOMMENDED");
		awaitOutcome(reviewed, "RECOMMENDED");

		publish(new PreReviewFailed(IDS.incrementAndGet(), failedDeclaration, failed.unitId(), XICHENG, failed.name(),
				"材料不齐"));
		publish(new PreReviewPassed(IDS.incrementAndGet(), reviewedDeclaration, reviewed.unitId(), reviewed.name()));
		awaitOutcome(failed, "PRE_REVIEW_FAILED");
		awaitOutcome(reviewed, "PRE_REVIEW_PASSED");
		publish(new ExpertReviewStarted(IDS.incrementAndGet(), Instant.now().plusSeconds(86_400), List.of(
				new ExpertReviewStarted.Entry(reviewedDeclaration, reviewed.unitId(), reviewed.name()))));
		awaitOutcome(reviewed, "EXPERT_REVIEW");
		assertThat(badge(failed)).isEqualTo("未通过形式审查");
		assertThat(badge(reviewed)).isEqualTo("专家评审中");

		// a late pre-review result does not take the expert review back
		long late = IDS.incrementAndGet();
		publish(new PreReviewPassed(late, reviewedDeclaration, reviewed.unitId(), reviewed.name()));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
					+ "and serialized_event like ?", Long.class, "%" + late + "%") == 0);
		assertThat(jdbc.queryForObject("select outcome from cultivation_entry where id = ?", String.class,
				reviewed.entryId())).isEqualTo("EXPERT_REVIEW");

		List<List<String>> rows = ExportedWorkbooks.rows(mvc,
				get("/guidance/pool/export.xlsx").param("q", "培育成效").with(district));
		assertThat(rows.get(0)).contains("单位", "统一社会信用代码", "指导次数", "评选进展");
		assertThat(rows).anySatisfy(row -> assertThat(row).contains(failed.name(), failed.uscc(), "未通过形式审查"));
		assertThat(rows).anySatisfy(row -> assertThat(row).contains(reviewed.name(), reviewed.uscc(), "专家评审中"));
	}

	@Test
	void aUnitThatJoinsThePoolAfterItsDeclarationWasProposedShowsItWasProposed() throws Exception {
		var call = selection.call(XICHENG, 2026);
		var registered = units.register("补录拟入选科技有限公司", XICHENG);
		selection.submitted(call, registered, BaseType.POINT);
		long declaration = jdbc.queryForObject("select id from declaration where unit_id = ?", Long.class,
				registered.unit().getId());
		long unitId = registered.unit().getId();
		publish(new DeclarationDecided(declaration, unitId, XICHENG, "补录拟入选科技有限公司", true, null));
		publish(new PreReviewPassed(IDS.incrementAndGet(), declaration, unitId, "补录拟入选科技有限公司"));
		publish(new ExpertReviewStarted(IDS.incrementAndGet(), Instant.now().plusSeconds(86_400),
				List.of(new ExpertReviewStarted.Entry(declaration, unitId, "补录拟入选科技有限公司"))));
		publish(new ProposedListDecided(IDS.incrementAndGet(), 2026, "test-municipal",
				List.of(new ProposedListDecided.Entry(declaration, unitId, "补录拟入选科技有限公司",
						registered.unit().getUscc(), BaseType.POINT, XICHENG, "SOFTWARE_IT"))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "PROPOSED".equals(jdbc.queryForList("select stage from guidance_selection_stage "
					+ "where declaration_id = ?", String.class, declaration).stream().findFirst().orElse(null)));

		PoolUnit proposed = poolUnitOf(unitId, "补录拟入选科技有限公司", registered.unit().getUscc());
		assertThat(jdbc.queryForObject("select outcome from cultivation_entry where id = ?", String.class,
				proposed.entryId())).isEqualTo("PROPOSED");
		assertThat(badge(proposed)).isEqualTo("拟入选");
	}

	@Test
	void aPoolUnitLeftOffTheProposedListShowsItWasNotProposedOnThePageAndInTheExport() throws Exception {
		PoolUnit leftOut = poolUnit("培育成效未拟入选有限公司");
		PoolUnit proposed = poolUnit("培育成效拟入选有限公司");
		long leftOutDeclaration = IDS.incrementAndGet();
		long proposedDeclaration = IDS.incrementAndGet();
		long call = IDS.incrementAndGet();
		for (PoolUnit unit : List.of(leftOut, proposed)) {
			long declaration = unit == leftOut ? leftOutDeclaration : proposedDeclaration;
			publish(new DeclarationSubmitted(declaration, call, unit.unitId(), XICHENG, unit.name(), BaseType.POINT,
					false, 1));
			awaitOutcome(unit, "APPLIED");
			publish(new DeclarationDecided(declaration, unit.unitId(), XICHENG, unit.name(), true, null));
			awaitOutcome(unit, "RECOMMENDED");
			publish(new ExpertReviewStarted(IDS.incrementAndGet(), Instant.now().plusSeconds(86_400),
					List.of(new ExpertReviewStarted.Entry(declaration, unit.unitId(), unit.name()))));
			awaitOutcome(unit, "EXPERT_REVIEW");
		}

		long list = IDS.incrementAndGet();
		publish(new ProposedListDecided(list, 2026, "test-municipal",
				List.of(new ProposedListDecided.Entry(proposedDeclaration, proposed.unitId(), proposed.name(),
						proposed.uscc(), BaseType.POINT, XICHENG, "SOFTWARE_IT"))));
		publish(new CandidatesNotProposed(list, 2026,
				List.of(new CandidatesNotProposed.Entry(leftOutDeclaration, leftOut.unitId(), leftOut.name()))));
		awaitOutcome(proposed, "PROPOSED");
		awaitOutcome(leftOut, "NOT_PROPOSED");
		assertThat(badge(leftOut)).isEqualTo("未拟入选");
		assertThat(badge(proposed)).isEqualTo("拟入选");
		assertThat(jdbc.queryForObject("select stage from guidance_selection_stage where declaration_id = ?",
				String.class, leftOutDeclaration)).isEqualTo("NOT_PROPOSED");

		// a late event of an earlier stage does not take it back
		long late = IDS.incrementAndGet();
		publish(new ExpertReviewStarted(late, Instant.now().plusSeconds(86_400),
				List.of(new ExpertReviewStarted.Entry(leftOutDeclaration, leftOut.unitId(), leftOut.name()))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
					+ "and serialized_event like ?", Long.class, "%" + late + "%") == 0);
		assertThat(jdbc.queryForObject("select outcome from cultivation_entry where id = ?", String.class,
				leftOut.entryId())).isEqualTo("NOT_PROPOSED");

		List<List<String>> rows = ExportedWorkbooks.rows(mvc,
				get("/guidance/pool/export.xlsx").param("q", leftOut.uscc()).with(district));
		assertThat(rows).anySatisfy(row -> assertThat(row).contains(leftOut.name(), leftOut.uscc(), "未拟入选"));
	}

	private PoolUnit poolUnitOf(long unitId, String name, String uscc) throws Exception {
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", uscc)
			.param("reason", "已有申报或认定，补录培育库")).andExpect(status().is3xxRedirection());
		long entryId = jdbc.queryForObject("select id from cultivation_entry where uscc = ? and district_code = ?",
				Long.class, uscc, XICHENG);
		return new PoolUnit(unitId, name, uscc, entryId);
	}
}
