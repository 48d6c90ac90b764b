package cn.tsbase.selection;

import static cn.tsbase.selection.SelectionFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.selection.internal.RoundAssignment;
import cn.tsbase.selection.internal.RoundConflicts;
import cn.tsbase.shared.security.Role;

/**
 * The municipal officer opens a review round, sees the conflicts of interest with their reasons, assigns the experts
 * automatically (and by hand, within the rules) and releases the assignment: only then are the experts told.
 */
@IntegrationTest
class ReviewRoundTests {

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
	JdbcTemplate jdbc;

	static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
		return Principals.as(SelectionFixtures.municipalOfficer());
	}

	@Test
	void anOfficerOpensARoundOfPassedCandidatesWithInvitedExpertsAndTheNewestRubric() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("开轮单位甲"),
				unique("开轮单位乙"));
		ExpertView first = selection.expert(unique("开轮专家"));
		ExpertView second = selection.expert(unique("开轮专家"));
		String name = unique("开轮测试");

		mvc.perform(get("/selection/rounds/new").param("year", String.valueOf(YEAR)).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(candidates.get(0).unitName())))
			.andExpect(content().string(containsString(first.name())));

		mvc.perform(post("/selection/rounds").with(csrf())
			.with(officer())
			.param("year", String.valueOf(YEAR))
			.param("name", name)
			.param("rubricId", String.valueOf(selection.defaultRubricId()))
			.param("candidateIds", String.valueOf(candidates.get(0).id()), String.valueOf(candidates.get(1).id()))
			.param("expertIds", String.valueOf(first.id()), String.valueOf(second.id()))
			.param("expertsPerDeclaration", "1")
			.param("maximumLoad", "1")
			.param("deadline", "2099-06-30T17:00")
			.param("divergenceThreshold", "15"))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> round = jdbc.queryForMap("select * from review_round where name = ?", name);
		assertThat(round.get("status")).isEqualTo("SETUP");
		assertThat(round.get("experts_per_declaration")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from review_round_candidate where round_id = ?", Long.class,
				round.get("id"))).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from review_round_expert where round_id = ?", Long.class,
				round.get("id"))).isEqualTo(2);

		// a candidate is in one round only: the form does not offer it again, and a forged request is refused
		mvc.perform(get("/selection/rounds/new").param("year", String.valueOf(YEAR)).with(officer()))
			.andExpect(content().string(not(containsString(candidates.get(0).unitName()))));
		mvc.perform(post("/selection/rounds").with(csrf())
			.with(officer())
			.param("year", String.valueOf(YEAR))
			.param("name", unique("重复"))
			.param("rubricId", String.valueOf(round.get("rubric_id")))
			.param("candidateIds", String.valueOf(candidates.get(0).id()))
			.param("expertIds", String.valueOf(first.id()))
			.param("expertsPerDeclaration", "1")
			.param("maximumLoad", "1")
			.param("deadline", "2099-06-30T17:00")
			.param("divergenceThreshold", "15"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已在其他评审轮次中")));
	}

	@Test
	void aRoundNeedsCandidatesExpertsAndAFutureDeadline() throws Exception {
		mvc.perform(post("/selection/rounds").with(csrf())
			.with(officer())
			.param("year", String.valueOf(YEAR))
			.param("name", "")
			.param("expertsPerDeclaration", "0")
			.param("maximumLoad", "1")
			.param("deadline", "2020-01-01T09:00")
			.param("divergenceThreshold", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写轮次名称")))
			.andExpect(content().string(containsString("请至少选择一份申报")))
			.andExpect(content().string(containsString("请至少邀请一位专家")))
			.andExpect(content().string(containsString("每份申报专家数应为 1 至 15")))
			.andExpect(content().string(containsString("请填写晚于现在的评分截止时间")));
	}

	@Test
	void conflictsAreDetectedByCreditCodeMemberUnitAndMailDomainAndShownWithTheirReasons() throws Exception {
		String memberCode = UsccFixtures.random("110105");
		List<CandidateView> points = selection.passedCandidates("110105", YEAR, BaseType.POINT, unique("回避申报单位"));
		List<CandidateView> zones = selection.passedCandidates("110105", YEAR, BaseType.ZONE, List.of(unique("回避园区")),
				List.of(c -> c.withMembers(List.of(new DeclarationScenarios.Member("回避成员单位", memberCode, "甲",
						"1")))));
		CandidateView point = points.get(0);
		CandidateView zone = zones.get(0);
		ExpertView sameCode = selection.expertAt(unique("同码专家"), "另一个名字的单位", point.uscc(),
				"a@" + unique("x").toLowerCase() + ".edu.cn");
		ExpertView memberExpert = selection.expertAt(unique("成员专家"), "成员单位的另一名称", memberCode, null);
		// the units' contact e-mail is contact@example.com (UnitFixtures), a documentation domain that names no
		// organisation: an expert at one of its subdomains does not conflict (the mail-domain rule: ConflictPolicyTests)
		ExpertView sameDomain = selection.expertAt(unique("同域专家"), unique("无关单位"), null, "someone@mail.example.com");
		ExpertView clean = selection.expert(unique("无关专家"));
		ReviewRoundView round = selection.round(YEAR, List.of(point, zone), List.of(sameCode, memberExpert, sameDomain,
				clean), 1, 2);

		mvc.perform(post("/selection/rounds/{id}/conflicts", round.id()).with(csrf()).with(officer()))
			.andExpect(status().is3xxRedirection());

		List<Map<String, Object>> conflicts = jdbc.queryForList(
				"select expert_id, declaration_id, reason from review_conflict where round_id = ? order by id",
				round.id());
		assertThat(conflicts).extracting(c -> c.get("expert_id") + "/" + c.get("declaration_id") + "/" + c.get("reason"))
			.containsExactlyInAnyOrder(sameCode.id() + "/" + point.declarationId() + "/DECLARING_UNIT_CREDIT_CODE",
					memberExpert.id() + "/" + zone.declarationId() + "/MEMBER_UNIT_CREDIT_CODE");

		mvc.perform(get("/selection/rounds/{id}", round.id()).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("专家所在单位的统一社会信用代码 " + point.uscc() + " 与申报单位“"
					+ point.unitName() + "”相同")))
			.andExpect(content().string(containsString("与成员单位“回避成员单位”相同")))
			.andExpect(content().string(not(containsString("专家邮箱域名 mail.example.com"))));

		// detecting again replaces what was detected, it does not pile up
		roundConflicts.detectConflicts(round.id(), SelectionFixtures.MUNICIPAL);
		assertThat(jdbc.queryForObject("select count(*) from review_conflict where round_id = ?", Long.class,
				round.id())).isEqualTo(2);
	}

	@Test
	void automaticAssignmentIsBalancedRespectsCapsAndConflictsAndIsDeterministic() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110108", YEAR, BaseType.POINT, unique("分配甲"),
				unique("分配乙"), unique("分配丙"));
		ExpertView conflicted = selection.expertAt(unique("冲突专家"), "冲突单位", candidates.get(0).uscc(),
				"c@" + unique("d").toLowerCase() + ".edu.cn", "SOFTWARE_IT");
		List<ExpertView> others = List.of(selection.expert(unique("分配专家"), "SOFTWARE_IT"),
				selection.expert(unique("分配专家")), selection.expert(unique("分配专家")),
				selection.expert(unique("分配专家"), "SOFTWARE_IT"));
		List<ExpertView> invited = new java.util.ArrayList<>(others);
		invited.add(conflicted);
		ReviewRoundView round = selection.round(YEAR, candidates, invited, 3, 2);

		mvc.perform(post("/selection/rounds/{id}/assignments/auto", round.id()).with(csrf()).with(officer()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "assignment.assigned"));

		Map<Long, Integer> loads = new HashMap<>();
		for (CandidateView candidate : candidates) {
			List<Long> experts = selection.expertsOf(round, candidate.declarationId());
			assertThat(experts).hasSize(3).doesNotHaveDuplicates();
			experts.forEach(e -> loads.merge(e, 1, Integer::sum));
		}
		assertThat(selection.expertsOf(round, candidates.get(0).declarationId())).doesNotContain(conflicted.id());
		// 9 reviews over 5 experts with at most 2 each: loads 2,2,2,2,1
		assertThat(loads.values()).allMatch(load -> load <= 2);
		assertThat(loads.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(9);
		List<Map<String, Object>> before = jdbc.queryForList("select expert_id, declaration_id from review_assignment "
				+ "where round_id = ? order by declaration_id, expert_id", round.id());
		assignments.assignAutomatically(round.id(), SelectionFixtures.MUNICIPAL);
		assertThat(jdbc.queryForList("select expert_id, declaration_id from review_assignment where round_id = ? "
				+ "order by declaration_id, expert_id", round.id())).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from review_assignment where round_id = ? and released_at "
				+ "is not null", Long.class, round.id())).isZero();
	}

	@Test
	void whenNoAssignmentExistsThePageSaysWhyWithNames() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("缺专家单位"));
		ExpertView only = selection.expert(unique("唯一专家"));
		ReviewRoundView round = selection.round(YEAR, candidates, List.of(only), 3, 5);

		mvc.perform(post("/selection/rounds/{id}/assignments/auto", round.id()).with(csrf()).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无法完成分配")))
			.andExpect(content().string(containsString("申报“" + candidates.get(0).unitName() + "”只有 1 名")))
			.andExpect(content().string(containsString("少于所需的 3 名")));
		assertThat(jdbc.queryForObject("select count(*) from review_assignment where round_id = ?", Long.class,
				round.id())).isZero();
	}

	@Test
	void byHandAPairIsAddedOnlyWithinTheRulesAndTheRefusalNamesTheReason() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("手工甲"),
				unique("手工乙"));
		CandidateView first = candidates.get(0);
		CandidateView second = candidates.get(1);
		ExpertView conflicted = selection.expertAt(unique("手工冲突"), "手工冲突单位", first.uscc(), null);
		ExpertView busy = selection.expert(unique("手工专家"));
		ReviewRoundView round = selection.round(YEAR, candidates, List.of(conflicted, busy), 1, 1);

		mvc.perform(post("/selection/rounds/{id}/assignments", round.id()).with(csrf())
			.with(officer())
			.param("expertId", String.valueOf(conflicted.id()))
			.param("declarationId", String.valueOf(first.declarationId())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", List.of("专家 " + conflicted.name() + " 不能评审“"
					+ first.unitName() + "”：专家所在单位的统一社会信用代码 " + first.uscc() + " 与申报单位“"
					+ first.unitName() + "”相同。")));

		mvc.perform(post("/selection/rounds/{id}/assignments", round.id()).with(csrf())
			.with(officer())
			.param("expertId", String.valueOf(busy.id()))
			.param("declarationId", String.valueOf(first.declarationId())))
			.andExpect(flash().attribute("flashSuccess", "assignment.added"));
		mvc.perform(post("/selection/rounds/{id}/assignments", round.id()).with(csrf())
			.with(officer())
			.param("expertId", String.valueOf(busy.id()))
			.param("declarationId", String.valueOf(second.declarationId())))
			.andExpect(flash().attribute("problems", List.of("专家 " + busy.name()
					+ " 已分配 1 份申报，达到每位专家最多 1 份的上限。")));
		assertThat(selection.expertsOf(round, first.declarationId())).containsExactly(busy.id());

		// a pair set by hand stays when the rest is assigned automatically; the conflicted expert gets the other one
		mvc.perform(post("/selection/rounds/{id}/assignments/auto", round.id()).with(csrf()).with(officer()))
			.andExpect(flash().attribute("flashSuccess", "assignment.assigned"));
		assertThat(selection.expertsOf(round, first.declarationId())).containsExactly(busy.id());
		assertThat(selection.expertsOf(round, second.declarationId())).containsExactly(conflicted.id());

		long pair = selection.assignmentId(round, busy, first.declarationId());
		mvc.perform(post("/selection/rounds/{id}/assignments/{a}/remove", round.id(), pair).with(csrf())
			.with(officer())).andExpect(flash().attribute("flashSuccess", "assignment.removed"));
		assertThat(selection.expertsOf(round, first.declarationId())).isEmpty();
	}

	@Test
	void releasingNeedsEveryDeclarationsExpertsAndOnlyThenAreTheExpertsTold() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("发布单位"));
		ExpertView first = selection.expert(unique("发布专家"));
		ExpertView second = selection.expert(unique("发布专家"));
		ReviewRoundView round = selection.round(YEAR, candidates, List.of(first, second), 2, 1);

		mvc.perform(post("/selection/rounds/{id}/release", round.id()).with(csrf()).with(officer()))
			.andExpect(flash().attribute("problems",
					List.of("“" + candidates.get(0).unitName() + "”只分配了 0 名专家，需要 2 名。")));

		assignments.assignAutomatically(round.id(), SelectionFixtures.MUNICIPAL);
		mvc.perform(get("/selection/rounds/{id}/assignments", round.id()).with(officer()))
			.andExpect(content().string(containsString("待发布")));
		assertThat(notificationsOf(first)).isZero();

		mvc.perform(post("/selection/rounds/{id}/release", round.id()).with(csrf()).with(officer()))
			.andExpect(flash().attribute("flashSuccess", "assignment.released"));

		assertThat(jdbc.queryForObject("select status from review_round where id = ?", String.class, round.id()))
			.isEqualTo("RELEASED");
		await().atMost(Duration.ofSeconds(15)).until(() -> notificationsOf(first) == 1 && notificationsOf(second) == 1);
		Map<String, Object> notification = jdbc.queryForMap("select message_args, link from notification "
				+ "where recipient_id = ? and message_key = 'notification.kind.EXPERT_ASSIGNMENTS_RELEASED'",
				first.accountId());
		assertThat(notification.get("link")).isEqualTo("/selection/reviews");
		assertThat((String) notification.get("message_args")).contains(round.name())
			.doesNotContain(candidates.get(0).unitName());

		// released again with nothing new: nothing to release, nobody told twice
		mvc.perform(post("/selection/rounds/{id}/release", round.id()).with(csrf()).with(officer()))
			.andExpect(flash().attribute("problems", List.of("没有待发布的分配。")));
	}

	@Test
	void aDecidedRoundChangesNoMoreAndTheSizesAreFixedOnceReleased() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("设置单位"));
		ExpertView expert = selection.expert(unique("设置专家"));
		ReviewRoundView round = selection.round(YEAR, candidates, List.of(expert), 1, 1);
		selection.assignAndRelease(round);
		long version = jdbc.queryForObject("select version from review_round where id = ?", Long.class,
				round.id());

		mvc.perform(post("/selection/rounds/{id}/settings", round.id()).with(csrf())
			.with(officer())
			.param("version", String.valueOf(version))
			.param("expertsPerDeclaration", "2")
			.param("maximumLoad", "1")
			.param("deadline", "2099-01-01T10:00")
			.param("divergenceThreshold", "20"))
			.andExpect(status().isConflict());

		mvc.perform(post("/selection/rounds/{id}/settings", round.id()).with(csrf())
			.with(officer())
			.param("version", String.valueOf(version))
			.param("expertsPerDeclaration", "1")
			.param("maximumLoad", "1")
			.param("deadline", "2099-01-01T10:00")
			.param("divergenceThreshold", "12.5"))
			.andExpect(redirectedUrl("/selection/rounds/" + round.id()));
		assertThat(jdbc.queryForObject("select divergence_threshold from review_round where id = ?",
				java.math.BigDecimal.class, round.id())).isEqualByComparingTo("12.5");
	}

	private long notificationsOf(ExpertView expert) {
		return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = "
				+ "'notification.kind.EXPERT_ASSIGNMENTS_RELEASED'", Long.class, expert.accountId());
	}

	@Test
	void onlyTheMunicipalBureauRunsRounds() throws Exception {
		mvc.perform(get("/selection/rounds").with(Principals.role(Role.EXPERT, null, null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/selection/rounds").with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/selection/rounds").with(officer())).andExpect(status().isOk());
	}
}
