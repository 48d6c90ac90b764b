package cn.tsbase.selection;

import static cn.tsbase.selection.SelectionFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.internal.ExpertDetails;
import cn.tsbase.selection.internal.ExpertService;
import cn.tsbase.selection.internal.RoundAssignment;
import cn.tsbase.selection.internal.RoundConflicts;

/**
 * False conflicts of interest: subdomains of a documentation domain and public mail hosts (built in or kept as
 * reference data) name no employer; the municipal officer dismisses a detected conflict with a reason, which lets
 * automatic assignment use the expert, is audited and shown on the round, and lapses when the data behind it changes.
 */
@IntegrationTest
class ConflictDismissalTests {

	static final int YEAR = 2026;

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	RoundConflicts roundConflicts;

	@Autowired
	RoundAssignment assignments;

	@Autowired
	ExpertService experts;

	@Autowired
	JdbcTemplate jdbc;

	static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
		return Principals.as(SelectionFixtures.municipalOfficer());
	}

	private List<String> conflictReasons(ReviewRoundView round) {
		return jdbc.queryForList("select reason from review_conflict where round_id = ? order by id", String.class,
				round.id());
	}

	@Test
	void expertsAtSubdomainsOfADocumentationDomainOrAtAPublicMailHostAreEligibleAsTheDemoExpertsAre() {
		// the units' contact e-mail is contact@example.com (UnitFixtures), as the demo units' is
		CandidateView candidate = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("域名单位")).get(0);
		List<ExpertView> invited = List.of(
				selection.expertAt(unique("律所专家"), unique("金诚律师事务所"), null, "expert3@jclaw.example.com"),
				selection.expertAt(unique("信云专家"), unique("信云科技"), null, "expert4@xinyun.example.com"),
				selection.expertAt(unique("QQ专家"), unique("某研究院"), null, "someone@qq.com"),
				// 21cn.com is not built in: it is one of the public mail hosts of the reference data
				selection.expertAt(unique("21CN专家"), unique("另一研究院"), null, "someone@21cn.com"));
		ReviewRoundView round = selection.round(YEAR, List.of(candidate), invited, 4, 1);

		roundConflicts.detectConflicts(round.id(), SelectionFixtures.MUNICIPAL);

		assertThat(conflictReasons(round)).isEmpty();
		assertThat(assignments.assignAutomatically(round.id(), SelectionFixtures.MUNICIPAL).feasible()).isTrue();
		assertThat(selection.expertsOf(round, candidate.declarationId())).hasSize(4);
	}

	@Test
	void theOfficerDismissesADetectedConflictWithAReasonAndAutomaticAssignmentThenUsesTheExpert() throws Exception {
		CandidateView candidate = selection.passedCandidates("110105", YEAR, BaseType.POINT, unique("排除单位")).get(0);
		ExpertView namesake = selection.expertAt(unique("同名专家"), candidate.unitName(), null, null);
		ExpertView clean = selection.expert(unique("无关专家"));
		ReviewRoundView round = selection.round(YEAR, List.of(candidate), List.of(namesake, clean), 2, 1);
		roundConflicts.detectConflicts(round.id(), SelectionFixtures.MUNICIPAL);
		assertThat(assignments.assignAutomatically(round.id(), SelectionFixtures.MUNICIPAL).feasible()).isFalse();
		long conflictId = jdbc.queryForObject("select id from review_conflict where round_id = ?", Long.class,
				round.id());

		// without a reason: refused, nothing dismissed
		mvc.perform(post("/selection/rounds/{id}/conflicts/{c}/dismiss", round.id(), conflictId).with(csrf())
			.with(officer())
			.param("justification", "  "))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "conflicts.dismiss.reasonRequired"));
		assertThat(jdbc.queryForObject("select count(*) from review_conflict_dismissal where round_id = ?", Long.class,
				round.id())).isZero();

		String reason = "同名不同单位：专家所在单位为北京另一家同名事业单位，已电话核实" + unique("");
		mvc.perform(post("/selection/rounds/{id}/conflicts/{c}/dismiss", round.id(), conflictId).with(csrf())
			.with(officer())
			.param("justification", reason))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "conflicts.dismissed"));

		mvc.perform(get("/selection/rounds/{id}", round.id()).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已排除")))
			.andExpect(content().string(containsString(reason)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.queryForList(
					"select detail from audit_entry where event = 'CONFLICT_DISMISSED' and object_id = ?",
					String.class, String.valueOf(round.id())))
				.anySatisfy(detail -> assertThat(detail).contains(reason)));

		// detecting again keeps the dismissal (same data); automatic assignment now uses both experts
		assertThat(assignments.assignAutomatically(round.id(), SelectionFixtures.MUNICIPAL).feasible()).isTrue();
		assertThat(selection.expertsOf(round, candidate.declarationId())).containsExactlyInAnyOrder(
				namesake.id(), clean.id());

		// a second dismissal of the same conflict is refused
		long again = jdbc.queryForObject("select id from review_conflict where round_id = ?", Long.class,
				round.id());
		mvc.perform(post("/selection/rounds/{id}/conflicts/{c}/dismiss", round.id(), again).with(csrf())
			.with(officer())
			.param("justification", "再次排除"))
			.andExpect(status().isConflict());
	}

	@Test
	void aDismissalLapsesWhenTheDataBehindTheConflictChanges() throws Exception {
		CandidateView candidate = selection.passedCandidates("110106", YEAR, BaseType.POINT, unique("失效单位")).get(0);
		ExpertView namesake = selection.expertAt(unique("失效专家"), candidate.unitName(), null, null);
		ExpertView clean = selection.expert(unique("无关专家"));
		ReviewRoundView round = selection.round(YEAR, List.of(candidate), List.of(namesake, clean), 2, 1);
		roundConflicts.detectConflicts(round.id(), SelectionFixtures.MUNICIPAL);
		long conflictId = jdbc.queryForObject("select id from review_conflict where round_id = ?", Long.class,
				round.id());
		mvc.perform(post("/selection/rounds/{id}/conflicts/{c}/dismiss", round.id(), conflictId).with(csrf())
			.with(officer())
			.param("justification", "核实为不同单位"))
			.andExpect(flash().attribute("flashSuccess", "conflicts.dismissed"));

		// the expert's affiliation is corrected to another spelling of the same name: the conflict is judged afresh
		ExpertView current = experts.get(namesake.id());
		experts.update(namesake.id(), current.version(), new ExpertDetails(current.name(), "教授",
				candidate.unitName() + "有限公司", null, current.email(), "13800000000", Set.of("LEGAL"), true),
				SelectionFixtures.MUNICIPAL);
		roundConflicts.detectConflicts(round.id(), SelectionFixtures.MUNICIPAL);

		assertThat(jdbc.queryForObject(
				"select count(*) from review_conflict_dismissal where round_id = ? and lapsed_at is not null",
				Long.class, round.id())).isEqualTo(1);
		assertThat(assignments.assignAutomatically(round.id(), SelectionFixtures.MUNICIPAL).feasible()).isFalse();
		mvc.perform(get("/selection/rounds/{id}", round.id()).with(officer()))
			.andExpect(content().string(containsString("已失效的排除")))
			.andExpect(content().string(containsString("核实为不同单位")));
	}

	@Test
	void aConflictTheExpertDeclaredCannotBeDismissed() throws Exception {
		CandidateView candidate = selection.passedCandidates("110107", YEAR, BaseType.POINT, unique("声明单位")).get(0);
		ExpertView expert = selection.expert(unique("声明专家"));
		ReviewRoundView round = selection.round(YEAR, List.of(candidate), List.of(expert), 1, 1);
		jdbc.update("insert into review_conflict (round_id, expert_id, declaration_id, reason, note, recorded_by, "
				+ "recorded_at) values (?, ?, ?, 'DECLARED_BY_EXPERT', '曾在该单位任职', 'expert', current_timestamp)",
				round.id(), expert.id(), candidate.declarationId());
		long conflictId = jdbc.queryForObject("select id from review_conflict where round_id = ?", Long.class,
				round.id());

		mvc.perform(post("/selection/rounds/{id}/conflicts/{c}/dismiss", round.id(), conflictId).with(csrf())
			.with(officer())
			.param("justification", "想排除"))
			.andExpect(status().isConflict());
		mvc.perform(get("/selection/rounds/{id}", round.id()).with(officer()))
			.andExpect(content().string(containsString("专家本人声明的回避不可排除")));
		assertThat(jdbc.queryForObject("select count(*) from review_conflict_dismissal where round_id = ?", Long.class,
				round.id())).isZero();
	}
}
