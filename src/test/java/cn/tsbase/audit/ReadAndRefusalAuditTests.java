package cn.tsbase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.selection.SelectionScenarios;
import cn.tsbase.selection.TestCandidate;
import cn.tsbase.selection.TestExpert;
import cn.tsbase.selection.TestRound;
import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.security.SecondFactorStatus;

/**
 * Reads of sensitive data (a declaration's content, an objector's personal data, experts' scores) and refused
 * attempts (403 for the role, 404 for an id of another scope, a missing CSRF token) each leave an audit entry with
 * the actor, the object or the request path, and the outcome.
 */
@IntegrationTest
class ReadAndRefusalAuditTests {

	private static final String XICHENG = "110102";
	private static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	SelectionScenarios scenarios;

	@Autowired
	NoticeFixtures notices;

	private static CurrentUser official(Role role, String district) {
		String username = role.name().toLowerCase().replace("_", "") + UUID.randomUUID().toString().substring(0, 8);
		return new CurrentUser(ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000), username, null, "审计测试",
				EnumSet.of(role), district, null, true, true, false);
	}

	/** The entries of the actor with the event, once the asynchronous recording has caught up. */
	private List<Map<String, Object>> entries(String actor, String event, int expected) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where actor = ? and event = ?",
					Long.class, actor, event) >= expected);
		return jdbc.queryForList("select actor, event, object_type, object_id, outcome, detail from audit_entry "
				+ "where actor = ? and event = ? order by seq", actor, event);
	}

	private DeclarationScenarios.Submitted submittedInXicheng() {
		UnitFixtures.RegisteredUnit unit = units.register(SelectionFixtures.unique("审计读取单位"), XICHENG);
		return selection.submitted(selection.call(XICHENG, 2026), unit, BaseType.POINT);
	}

	@Test
	void anOfficerReadingADeclarationsContentOnThePageAndInTheApiIsAudited() throws Exception {
		DeclarationScenarios.Submitted declaration = submittedInXicheng();
		CurrentUser officer = official(Role.DISTRICT_OFFICER, XICHENG);

		mvc.perform(get("/declarations/{id}/content", declaration.id()).with(Principals.as(officer)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/declarations/{id}", declaration.id()).with(Principals.as(officer)))
			.andExpect(status().isOk());

		List<Map<String, Object>> reads = entries(officer.getUsername(), "DECLARATION_VIEWED", 2);
		assertThat(reads).hasSize(2).allSatisfy(entry -> {
			assertThat(entry.get("object_type")).isEqualTo("Declaration");
			assertThat(entry.get("object_id")).isEqualTo(String.valueOf(declaration.id()));
			assertThat(entry.get("outcome")).isEqualTo("SUCCESS");
		});
	}

	@Test
	void readingAnObjectorsPersonalDataOnThePageAndInTheApiIsAudited() throws Exception {
		long id = ThreadLocalRandom.current().nextLong(9_500_000, 9_900_000);
		long listId = notices.proposedList(2026, List.of(new ProposedListDecided.Entry(id, id,
				SelectionFixtures.unique("审计公示单位"), UsccFixtures.random(XICHENG), BaseType.POINT, XICHENG,
				"SOFTWARE_IT")));
		long notice = notices.liveNoticeOf(listId, "审计公示");
		long objection = notices.objection(notice, "吴异议", "110101199001011237", "某单位",
				UsccFixtures.random("110101"), "13612345678", 0, "理由").id();
		CurrentUser officer = official(Role.MUNICIPAL_OFFICER, null);

		mvc.perform(get("/notices/{id}/objections/{objectionId}", notice, objection)
			.with(Principals.as(officer))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/notices/{id}/objections/{objectionId}", notice, objection)
			.with(Principals.as(officer))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/notices/{id}/objections", notice).with(Principals.as(officer)))
			.andExpect(status().isOk());

		List<Map<String, Object>> reads = entries(officer.getUsername(), "OBJECTION_VIEWED", 3);
		assertThat(reads).hasSize(3);
		assertThat(reads.subList(0, 2)).allSatisfy(entry -> {
			assertThat(entry.get("object_type")).isEqualTo("Objection");
			assertThat(entry.get("object_id")).isEqualTo(String.valueOf(objection));
		});
		assertThat(reads.get(2).get("object_type")).isEqualTo("Notice");
		assertThat(reads.get(2).get("detail")).isEqualTo("objection " + objection);
		// the audit trail itself holds no personal data of the objector
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where detail like '%吴异议%' or detail like "
				+ "'%110101199001011237%' or detail like '%13612345678%'", Long.class)).isZero();
	}

	@Test
	void readingTheExpertsScoresOfARoundOnThePagesAndInTheApiIsAudited() throws Exception {
		List<TestCandidate> candidates = scenarios.passedCandidates(XICHENG, 2026, BaseType.POINT,
				SelectionFixtures.unique("审计评分单位"));
		List<TestExpert> experts = List.of(scenarios.expert(SelectionFixtures.unique("审计专家")));
		TestRound round = scenarios.round(2026, candidates, experts, 1, 3);
		CurrentUser officer = official(Role.MUNICIPAL_OFFICER, null);

		mvc.perform(get("/selection/rounds/{id}/results", round.getId()).with(Principals.as(officer)))
			.andExpect(status().isOk());
		mvc.perform(get("/selection/rounds/{id}/decision", round.getId()).with(Principals.as(officer)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/selection/rounds/{id}/results", round.getId()).with(Principals.as(officer)))
			.andExpect(status().isOk());

		assertThat(entries(officer.getUsername(), "EXPERT_SCORES_VIEWED", 3)).hasSize(3).allSatisfy(entry -> {
			assertThat(entry.get("object_type")).isEqualTo("ReviewRound");
			assertThat(entry.get("object_id")).isEqualTo(String.valueOf(round.id()));
		});
	}

	@Test
	void aRoleRefusedAnEndpointIsAuditedWithThePath() throws Exception {
		CurrentUser officer = official(Role.DISTRICT_OFFICER, XICHENG);

		mvc.perform(get("/audit").queryParam("actor", "someone").with(Principals.as(officer)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/selection/rounds").with(Principals.as(officer))).andExpect(status().isForbidden());

		List<Map<String, Object>> refusals = entries(officer.getUsername(), "ACCESS_DENIED", 2);
		// the trail is written asynchronously: two refusals may reach it in either order
		assertThat(refusals).extracting(entry -> entry.get("detail"))
			.containsExactlyInAnyOrder("GET /audit", "GET /api/v1/selection/rounds");
		assertThat(refusals).extracting(entry -> entry.get("outcome")).containsOnly("FAILURE");
	}

	@Test
	void anIdOfAnotherScopeIsAuditedAsARefusalWithThePath() throws Exception {
		DeclarationScenarios.Submitted declaration = submittedInXicheng();
		CurrentUser haidian = official(Role.DISTRICT_OFFICER, HAIDIAN);

		mvc.perform(get("/declarations/{id}/content", declaration.id()).with(Principals.as(haidian)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/declarations/{id}", declaration.id()).with(Principals.as(haidian)))
			.andExpect(status().isNotFound());

		List<Map<String, Object>> refusals = entries(haidian.getUsername(), "OBJECT_NOT_FOUND", 2);
		assertThat(refusals).extracting(entry -> entry.get("detail"))
			.containsExactlyInAnyOrder("GET /declarations/" + declaration.id() + "/content",
					"GET /api/v1/declarations/" + declaration.id());
		assertThat(refusals).extracting(entry -> entry.get("outcome")).containsOnly("FAILURE");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and event = "
				+ "'DECLARATION_VIEWED'", Long.class, haidian.getUsername())).isZero();
	}

	@Test
	void aRequestWithoutItsCsrfTokenIsAuditedAsARefusal() throws Exception {
		CurrentUser auditor = official(Role.AUDIT_ADMIN, null);

		mvc.perform(post("/audit/verify").with(Principals.as(auditor))).andExpect(status().isForbidden());
		mvc.perform(post("/audit/verify").with(csrf().useInvalidToken()).with(Principals.as(auditor)))
			.andExpect(status().isForbidden());

		List<Map<String, Object>> refusals = entries(auditor.getUsername(), "CSRF_REFUSED", 2);
		assertThat(refusals).extracting(entry -> entry.get("detail")).containsOnly("POST /audit/verify");
		assertThat(refusals).extracting(entry -> entry.get("actor")).containsOnly(auditor.getUsername());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and event = "
				+ "'AUDIT_CHAIN_VERIFIED'", Long.class, auditor.getUsername())).isZero();
	}

	@Test
	void theOwnUnitReadingItsDeclarationIsNotARead() throws Exception {
		UnitFixtures.RegisteredUnit unit = units.register(SelectionFixtures.unique("审计自读单位"), XICHENG);
		DeclarationScenarios.Submitted declaration = selection.submitted(selection.call(XICHENG, 2026), unit, BaseType.POINT);
		RequestPostProcessor self = Principals.as(SelectionFixtures.unitUser(unit));

		mvc.perform(get("/declarations/{id}/content", declaration.id()).with(self)).andExpect(status().isOk());
		CurrentUser officer = official(Role.DISTRICT_OFFICER, XICHENG);
		mvc.perform(get("/declarations/{id}/content", declaration.id()).with(Principals.as(officer)))
			.andExpect(status().isOk());

		entries(officer.getUsername(), "DECLARATION_VIEWED", 1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'DECLARATION_VIEWED' and "
				+ "object_id = ?", Long.class, String.valueOf(declaration.id()))).isEqualTo(1);
	}

	@Test
	void anApiCallBeforeTheSecondFactorWasGivenIsRefusedAndAuditedWithThePath() throws Exception {
		String username = "pending2fa" + UUID.randomUUID().toString().substring(0, 8);
		CurrentUser pending = new CurrentUser(ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000), username,
				null, "审计测试", EnumSet.noneOf(Role.class), XICHENG, null, true, true, false,
				SecondFactorStatus.CHALLENGE);

		// the servlet path a servlet container gives (MockMvc leaves it empty)
		mvc.perform(get("/api/v1/declarations").servletPath("/api/v1/declarations").with(Principals.as(pending)))
			.andExpect(status().isForbidden());

		List<Map<String, Object>> refusals = entries(username, "SECOND_FACTOR_PENDING_REFUSED", 1);
		assertThat(refusals).singleElement().satisfies(entry -> {
			assertThat(entry.get("detail")).isEqualTo("GET /api/v1/declarations");
			assertThat(entry.get("outcome")).isEqualTo("FAILURE");
		});
	}

	@Test
	void anApiCallBeforeAnInitialPasswordWasChangedIsRefusedAndAuditedWithThePath() throws Exception {
		String username = "pendingpw" + UUID.randomUUID().toString().substring(0, 8);
		CurrentUser pending = new CurrentUser(ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000), username,
				null, "审计测试", EnumSet.of(Role.DISTRICT_OFFICER), XICHENG, null, true, true, true);

		// the servlet path a servlet container gives (MockMvc leaves it empty)
		mvc.perform(get("/api/v1/declarations").servletPath("/api/v1/declarations").with(Principals.as(pending)))
			.andExpect(status().isForbidden());

		List<Map<String, Object>> refusals = entries(username, "PASSWORD_CHANGE_PENDING_REFUSED", 1);
		assertThat(refusals).singleElement().satisfies(entry -> {
			assertThat(entry.get("detail")).isEqualTo("GET /api/v1/declarations");
			assertThat(entry.get("outcome")).isEqualTo("FAILURE");
		});
	}
}
