package cn.tsbase.districtreview;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.districtreview.internal.DistrictReviewService;
import cn.tsbase.districtreview.internal.DistrictScoring;
import cn.tsbase.districtreview.internal.Recommendations;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The district review's test fixture for other modules' tests: submitted declarations scored, recommended and sent on
 * in the district's finalised list, through the module's own services, known to the caller by ids only (issue 10,
 * point 4).
 */
@TestComponent
public class DistrictReviewScenarios {

	private final DistrictReviewService reviews;
	private final DistrictScoring scoring;
	private final Recommendations recommendations;
	private final DeclarationScenarios declarations;

	DistrictReviewScenarios(DistrictReviewService reviews, DistrictScoring scoring, Recommendations recommendations,
			DeclarationScenarios declarations) {
		this.reviews = reviews;
		this.scoring = scoring;
		this.recommendations = recommendations;
		this.declarations = declarations;
	}

	/** Scores and recommends each declaration, then finalises the district's list for the call. */
	public void recommendAndFinalise(long callId, String district, long... declarationIds) {
		CurrentUser officer = new CurrentUser(0L, "district_officer-" + district, null, "officer",
				EnumSet.of(Role.DISTRICT_OFFICER), district, null, true, true, false);
		for (long declarationId : declarationIds) {
			Map<Integer, BigDecimal> scores = new HashMap<>();
			for (int i = 1; i <= 17; i++) {
				scores.put(i, BigDecimal.valueOf(i <= 5 ? 6 : 4));
			}
			scoring.score(declarationId, null, scores, "意见", officer);
			DistrictReviewView review = reviews.review(declarationId).orElseThrow();
			scoring.decide(declarationId, declarations.version(declarationId), review.version(),
					ReviewDecision.RECOMMEND, "推荐", officer);
		}
		recommendations.finalizeList(callId, "测试：名额说明", officer);
	}
}
