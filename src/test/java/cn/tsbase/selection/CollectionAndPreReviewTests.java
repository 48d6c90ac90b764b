package cn.tsbase.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationScenarios.OpenCall;
import cn.tsbase.declaration.DeclarationScenarios.Submitted;
import cn.tsbase.account.TestAccount;
import cn.tsbase.selection.internal.PreReviews;
import cn.tsbase.selection.internal.SelectionService;
import cn.tsbase.shared.security.Role;

/**
 * The municipal bureau sees the districts' recommendations on its pages and runs the written pre-review there; a
 * failed pre-review reaches the audit trail and the unit's and its district's inbox.
 * <p>
 * Issue 10, point 5: the hand-over itself is {@link SelectionModuleTests}, with {@code Scenario}: a finalised list
 * arrives as candidates once, with their unit's name and credit code, the district score and the status collected, and
 * a credit code recommended on two lists is flagged; this test polled those rows across the whole application. What
 * stays here needs the whole application: the candidate pages and the pre-review form are read through the web layer
 * and its security filter chain, which the module test does not start, and the audit trail and the notifications are
 * downstream modules that no module test of the selection starts. It waits for the candidates with the selection's
 * shared fixture ({@link SelectionFixtures#awaitCandidate}) and reads the selection's state through its services; the
 * audit entries and notifications are read as rows, as those modules have no public query of them.
 */
@IntegrationTest
class CollectionAndPreReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	SelectionService candidates;

	@Autowired
	PreReviews preReviews;

	@Autowired
	UnitFixtures units;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	private long awaitCandidate(long declarationId) {
		return selection.awaitCandidate(declarationId).id();
	}

	@Test
	void theCandidatePagesShowTheDistrictScoreAndFlagACodeRecommendedTwice() throws Exception {
		int year = 2026;
		UnitFixtures.RegisteredUnit unit = units.register("汇总测试单位", "110102");
		OpenCall districtCall = selection.call("110102", year);
		OpenCall municipalCall = selection.call(null, year);
		Submitted first = selection.submitted(districtCall, unit, BaseType.POINT);
		Submitted second = selection.submitted(municipalCall, unit, BaseType.POINT);
		selection.recommendAndFinalise(districtCall, "110102", first);
		selection.recommendAndFinalise(municipalCall, "110102", second);

		long candidate = awaitCandidate(first.id());
		awaitCandidate(second.id());

		mvc.perform(get("/selection/candidates").param("year", "2026")
			.param("q", unit.unit().getUscc())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("汇总测试单位")))
			.andExpect(content().string(containsString("重复推荐")));
		mvc.perform(get("/selection/candidates/{id}", candidate).with(Principals.role(Role.MUNICIPAL_OFFICER, null,
				null)))
			.andExpect(content().string(containsString("区级评分：78")))
			.andExpect(content().string(containsString("多次推荐")));
	}

	private List<Long> checklist() {
		return preReviews.checklist().stream().map(PreReviewItemView::id).toList();
	}

	private MockHttpServletRequestBuilder preReview(long candidateId, String failItem, String reason) {
		long version = candidates.candidate(candidateId).version();
		MockHttpServletRequestBuilder request = post("/selection/candidates/{id}/pre-review", candidateId).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version))
			.param("reason", reason);
		for (Long item : checklist()) {
			request.param("item." + item, String.valueOf(item).equals(failItem) ? "fail" : "pass");
		}
		return request;
	}

	@Test
	void aFailedVetoItemTakesTheDeclarationOutWithTheReasonAndEveryItemMustBeJudged() throws Exception {
		UnitFixtures.RegisteredUnit unit = units.register("预审不通过单位", "110105");
		TestAccount districtOfficer = accounts.official(Role.DISTRICT_OFFICER, "110105");
		TestAccount otherDistrict = accounts.official(Role.DISTRICT_OFFICER, "110108");
		OpenCall call = selection.call("110105", 2026);
		Submitted declaration = selection.submitted(call, unit, BaseType.POINT);
		selection.recommendAndFinalise(call, "110105", declaration);
		long candidate = awaitCandidate(declaration.id());

		long version = candidates.candidate(candidate).version();
		mvc.perform(post("/selection/candidates/{id}/pre-review", candidate).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version))
			.param("item." + checklist().get(0), "pass"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请对每一项作出判断")));
		// the second veto item of the checklist
		String veto = String.valueOf(preReviews.checklist()
			.stream()
			.filter(PreReviewItemView::veto)
			.skip(1)
			.findFirst()
			.orElseThrow()
			.id());
		mvc.perform(preReview(candidate, veto, "")).andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写未通过原因")));

		mvc.perform(preReview(candidate, veto, "近三年发生重大泄密事件")).andExpect(status().is3xxRedirection());

		assertThat(candidates.candidate(candidate).status()).isEqualTo(CandidateStatus.PRE_REVIEW_FAILED);
		assertThat(preReviews.preReviewResults(candidate).values()).filteredOn(result -> !result.passed())
			.hasSize(1);
		mvc.perform(preReview(candidate, null, "")).andExpect(status().isConflict());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'PRE_REVIEW_FAILED' "
					+ "and object_id = ? and actor = 'test-municipal_officer'", Long.class, String.valueOf(declaration.id())) == 1);
		// the audit entry refers to the declaration; the reason itself stays with the pre-review
		assertThat(jdbc.queryForList("select coalesce(detail, '') from audit_entry where object_id = ?", String.class,
				String.valueOf(declaration.id()))).noneMatch(detail -> detail.contains("泄密"));

		// the unit and its district are told, with the reason; another district is not
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from notification n join user_account a on "
					+ "a.id = n.recipient_id where a.username = ? and n.message_key = "
					+ "'notification.kind.PRE_REVIEW_FAILED' and n.link = ?", Long.class, unit.username(),
					"/declarations/" + declaration.id()) == 1);
		assertThat(jdbc.queryForObject("select message_args from notification n join user_account a on "
				+ "a.id = n.recipient_id where a.username = ? and n.message_key = 'notification.kind.PRE_REVIEW_FAILED'",
				String.class, unit.username())).contains("近三年发生重大泄密事件");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_id = ? and "
					+ "message_key = 'notification.kind.PRE_REVIEW_FAILED_DISTRICT' and link = ?", Long.class,
					districtOfficer.getId(), "/review/declarations/" + declaration.id()) == 1);
		assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link = ?",
				Long.class, otherDistrict.getId(), "/review/declarations/" + declaration.id())).isZero();
	}

	@Test
	void aCandidateMeetingEveryItemPasses() throws Exception {
		UnitFixtures.RegisteredUnit unit = units.register("预审通过单位", "110106");
		OpenCall call = selection.call("110106", 2026);
		Submitted declaration = selection.submitted(call, unit, BaseType.POINT);
		selection.recommendAndFinalise(call, "110106", declaration);
		long candidate = awaitCandidate(declaration.id());

		mvc.perform(preReview(candidate, null, "")).andExpect(status().is3xxRedirection());

		assertThat(candidates.candidate(candidate).status()).isEqualTo(CandidateStatus.PRE_REVIEW_PASSED);
	}

	@Test
	void onlyTheMunicipalBureauSeesTheSelection() throws Exception {
		mvc.perform(get("/selection/candidates").with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/selection/experts").with(Principals.role(Role.EXPERT, null, null)))
			.andExpect(status().isForbidden());
	}
}
