package cn.tsbase.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.declaration.DeclarationScenarios.OpenCall;
import cn.tsbase.declaration.DeclarationScenarios.Submitted;
import cn.tsbase.districtreview.DistrictRecommendationFinalized;
import cn.tsbase.districtreview.DistrictReviewScenarios;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.selection.internal.SelectionService;
import cn.tsbase.selection.internal.SelectionService.CandidateFilter;

/**
 * The selection module's hand-over, on the module and the modules it depends on (issue 10, point 5): the list a
 * district finalised ({@link DistrictRecommendationFinalized}) arrives as candidates, each under its unit's registered
 * name and credit code and with its district score, once; a credit code recommended on two lists (the district's call
 * and the municipal bureau's) arrives twice and is flagged. The declaration is submitted, scored and recommended
 * through the upstream modules' test fixtures. These took over the candidate assertions of
 * {@link CollectionAndPreReviewTests}, which polled the candidates' rows across the whole application.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import({ UnitFixtures.class, DeclarationScenarios.class, DistrictReviewScenarios.class })
class SelectionModuleTests {

	static final String DISTRICT = "110102";

	@Autowired
	UnitFixtures units;

	@Autowired
	DeclarationScenarios declarations;

	@Autowired
	DistrictReviewScenarios reviews;

	@Autowired
	SelectionService selection;

	private List<CandidateView> candidatesOf(String uscc) {
		return selection.search(new CandidateFilter(2026, DISTRICT, null, null, uscc), PageRequest.of(0, 10))
			.getContent();
	}

	@Test
	void aFinalisedDistrictListArrivesAsCandidatesOnce(Scenario scenario) {
		UnitFixtures.RegisteredUnit unit = units.register("模块测试汇总科技有限公司", DISTRICT);
		String uscc = unit.unit().getUscc();
		OpenCall call = declarations.call(DISTRICT, 2026);
		Submitted submitted = declarations.submit(call.id(), unit, BaseType.POINT, content -> content);

		scenario.stimulate(() -> reviews.recommendAndFinalise(call.id(), DISTRICT, submitted.id()))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> candidatesOf(uscc), candidates -> !candidates.isEmpty())
			.andVerify(candidates -> {
				assertThat(candidates).hasSize(1);
				CandidateView candidate = candidates.get(0);
				assertThat(candidate.declarationId()).isEqualTo(submitted.id());
				assertThat(candidate.callId()).isEqualTo(call.id());
				assertThat(candidate.callYear()).isEqualTo(2026);
				assertThat(candidate.districtCode()).isEqualTo(DISTRICT);
				assertThat(candidate.unitId()).isEqualTo(unit.unit().getId());
				assertThat(candidate.unitName()).isEqualTo("模块测试汇总科技有限公司");
				assertThat(candidate.uscc()).isEqualTo(uscc);
				assertThat(candidate.baseType()).isEqualTo(BaseType.POINT);
				assertThat(candidate.districtScore()).isEqualByComparingTo("78");
				assertThat(candidate.status()).isEqualTo(CandidateStatus.COLLECTED);
			});

		// a replayed list collects nothing twice
		selection.collect(new DistrictRecommendationFinalized(0L, call.id(), DISTRICT, List.of(submitted.id())));
		assertThat(candidatesOf(uscc)).hasSize(1);
	}

	@Test
	void aCodeRecommendedOnTwoListsArrivesTwiceAndIsFlagged(Scenario scenario) {
		UnitFixtures.RegisteredUnit unit = units.register("模块测试重复推荐科技有限公司", DISTRICT);
		String uscc = unit.unit().getUscc();
		OpenCall districtCall = declarations.call(DISTRICT, 2026);
		OpenCall municipalCall = declarations.call(null, 2026);
		Submitted first = declarations.submit(districtCall.id(), unit, BaseType.POINT, content -> content);
		Submitted second = declarations.submit(municipalCall.id(), unit, BaseType.POINT, content -> content);

		scenario.stimulate(() -> {
			reviews.recommendAndFinalise(districtCall.id(), DISTRICT, first.id());
			reviews.recommendAndFinalise(municipalCall.id(), DISTRICT, second.id());
		})
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> candidatesOf(uscc), candidates -> candidates.size() == 2)
			.andVerify(candidates -> {
				assertThat(candidates).extracting(CandidateView::declarationId)
					.containsExactlyInAnyOrder(first.id(), second.id());
				assertThat(candidates).allSatisfy(candidate -> {
					assertThat(candidate.uscc()).isEqualTo(uscc);
					assertThat(candidate.districtScore()).isEqualByComparingTo("78");
					assertThat(candidate.status()).isEqualTo(CandidateStatus.COLLECTED);
				});
				assertThat(selection.overview(2026).duplicateCodes()).contains(uscc);
			});
	}
}
