package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.districtreview.DistrictReviewScenarios;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.selection.SelectionScenarios;
import cn.tsbase.selection.TestCandidate;
import cn.tsbase.selection.TestExpert;
import cn.tsbase.selection.TestRound;
import cn.tsbase.declaration.internal.DeclarationContent;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The unit's name on the candidate list and on the public notice is its registered name from the unit registry,
 * whatever name a draft was given: the form has no such field (it shows the registered name, read only), and a
 * change of the draft that sets another name does not keep it.
 */
@IntegrationTest
class RegisteredUnitNameTests {

	static final String XICHENG = "110102";
	static final int YEAR = 2026;

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	UnitFixtures units;

	@Autowired
	SelectionScenarios scenarios;

	@Autowired
	DeclarationScenarios declarationScenarios;

	@Autowired
	DistrictReviewScenarios districtReviews;

	@Autowired
	NoticeFixtures notices;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBasicSectionShowsTheRegisteredNameReadOnlyAndIgnoresAPostedName() throws Exception {
		CallView call = declarationScenarios.openedCall(XICHENG, YEAR);
		String registered = SelectionFixtures.unique("登记名称单位");
		UnitFixtures.RegisteredUnit unit = units.register(registered, XICHENG);
		CurrentUser user = SelectionFixtures.unitUser(unit);
		DeclarationView draft = declarations.start(call.id(), BaseType.POINT, user);

		mvc.perform(get("/declarations/{id}/sections/basic", draft.id()).with(Principals.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("readonly")))
			.andExpect(content().string(containsString(registered)))
			.andExpect(content().string(not(containsString("name=\"unitName\""))));
		mvc.perform(post("/declarations/{id}/sections/basic", draft.id()).with(csrf())
			.with(Principals.as(user))
			.param("version", String.valueOf(draft.version()))
			.param("unitName", "表单改名有限公司")
			.param("address", "北京市西城区新地址 2 号")).andExpect(status().is3xxRedirection());

		DeclarationView saved = declarations.get(draft.id(), user.scope());
		assertThat(saved.unitName()).isEqualTo(registered);
		assertThat(declarations.open(draft.id(), user).content().basic().unitName()).isEqualTo(registered);
		assertThat(declarations.open(draft.id(), user).content().basic().address()).isEqualTo("北京市西城区新地址 2 号");
	}

	@Test
	void aDraftWithAnEditedNameStillShowsTheRegisteredNameOnTheCandidateListAndThePublicNotice() throws Exception {
		CallView call = declarationScenarios.openedCall(XICHENG, YEAR);
		String registered = SelectionFixtures.unique("公示登记名称单位");
		String edited = SelectionFixtures.unique("草稿自拟名称公司");
		UnitFixtures.RegisteredUnit unit = units.register(registered, XICHENG);
		CurrentUser user = SelectionFixtures.unitUser(unit);
		DeclarationView draft = declarations.start(call.id(), BaseType.POINT, user);
		mvc.perform(post("/declarations/{id}/sections/basic", draft.id()).with(csrf())
			.with(Principals.as(user))
			.param("version", String.valueOf(draft.version()))
			.param("unitName", edited)
			.param("unitTypeCode", "ENTERPRISE")
			.param("industryCode", "SOFTWARE_IT")
			.param("address", "北京市西城区测试路 1 号")
			.param("postcode", "100032")
			.param("legalRepresentative", "测试法人")
			.param("headcount", "120")
			.param("annualOutput", "3000.50")
			.param("contactPerson", "测试联系人")
			.param("contactTitle", "法务经理")
			.param("contactMobile", "13900000000")
			.param("contactEmail", "contact@example.com")).andExpect(status().is3xxRedirection());
		DeclarationView renamed = declarations.saveDraft(draft.id(),
				declarations.get(draft.id(), user.scope()).version(),
				c -> DeclarationFixtures.complete(c, BaseType.POINT).withBasic(renamedTo(c.basic(), edited)), user);
		DeclarationView submitted = declarations.submit(renamed.id(), renamed.version(), UUID.randomUUID().toString(),
				"张三", LocalDate.now(), user);
		districtReviews.recommendAndFinalise(call.id(), XICHENG, submitted.id());
		TestCandidate candidate = scenarios.awaitCandidate(submitted.id());
		assertThat(candidate.getUnitName()).isEqualTo(registered);

		CurrentUser municipal = SelectionFixtures.municipalOfficer();
		mvc.perform(get("/selection/candidates").param("year", String.valueOf(YEAR))
			.param("q", registered)
			.with(Principals.as(municipal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(registered)))
			.andExpect(content().string(not(containsString(edited))));
		mvc.perform(get("/selection/candidates/{id}", candidate.getId()).with(Principals.as(municipal)))
			.andExpect(content().string(containsString(registered)))
			.andExpect(content().string(not(containsString(edited))));

		long notice = noticeOf(scenarios.passPreReview(candidate));
		mvc.perform(get("/public/notices/{id}", notice))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(registered)))
			.andExpect(content().string(not(containsString(edited))));
	}

	private static DeclarationContent.BasicInfo renamedTo(DeclarationContent.BasicInfo b, String name) {
		return new DeclarationContent.BasicInfo(name, b.uscc(), b.unitTypeCode(), b.industryCode(), b.districtCode(),
				b.address(), b.postcode(), b.legalRepresentative(), b.headcount(), b.annualOutput(), b.contactPerson(),
				b.contactTitle(), b.contactMobile(), b.contactEmail());
	}

	/** The candidate through an expert round, proposed, and its notice live from today. */
	private long noticeOf(TestCandidate candidate) {
		List<TestExpert> experts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			experts.add(scenarios.expert(SelectionFixtures.unique("名称专家" + i)));
		}
		TestRound round = scenarios.round(YEAR, List.of(candidate), experts, 3, 1);
		scenarios.assignAndRelease(round);
		for (TestExpert expert : experts) {
			scenarios.score(round, expert, candidate.getDeclarationId(), new BigDecimal("9"));
		}
		scenarios.decide(round, Set.of(candidate.getDeclarationId()));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("select count(*) from proposed_list where id = ?", Long.class,
					round.id()) == 1);
		return notices.liveNoticeOf(round.id(), "公示" + SelectionFixtures.unique("名称"));
	}
}
