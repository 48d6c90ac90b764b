package cn.tsbase.districtreview.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.districtreview.ReviewDecision;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The district officer's scores, opinion and decision on a declaration, while the district's list of its call is not
 * finalised. The decision is recorded on the review and on the declaration together.
 */
@Service
public class DistrictScoring {

	private final DeclarationManagement declarations;
	private final ReviewCriteria criteria;
	private final DistrictReviewRepository reviews;
	private final RecommendationRepository recommendations;
	private final JsonMapper json;
	private final AuditLog audit;
	private final Clock clock;

	DistrictScoring(DeclarationManagement declarations, ReviewCriteria criteria, DistrictReviewRepository reviews,
			RecommendationRepository recommendations, JsonMapper json, AuditLog audit, Clock clock) {
		this.declarations = declarations;
		this.criteria = criteria;
		this.reviews = reviews;
		this.recommendations = recommendations;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Saves scores and the opinion. Each score must lie within its criterion's range; the total is the criteria model's.
	 *
	 * @return the problems by criterion position (message keys); empty when saved
	 */
	@Transactional
	public Map<Integer, String> score(long declarationId, Long expectedReviewVersion, Map<Integer, BigDecimal> scores,
			String opinion, CurrentUser officer) {
		DeclarationSummary declaration = ReviewScope.underReview(declarations, declarationId, officer.scope());
		requireNotFinalized(declaration.callId(), declaration.districtCode());
		Map<Integer, String> problems = new LinkedHashMap<>();
		IndicatorModel model = criteria.criteria(declaration.callId(), declaration.districtCode());
		for (Indicator criterion : model.indicators()) {
			int position = ReviewCriteria.position(criterion);
			BigDecimal points = scores.get(position);
			if (points == null) {
				problems.put(position, "review.score.required");
			}
			else if (!criterion.accepts(points)) {
				problems.put(position, "review.score.range");
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		BigDecimal total = model.total(code -> scores.get(Integer.valueOf(code)));
		DistrictReview review = loadOrCreate(declaration, expectedReviewVersion, officer);
		review.score(json.writeValueAsString(scores), total, opinion, officer.getUsername(), clock.instant());
		reviews.flush();
		audit.record("DECLARATION_SCORED", "Declaration", declarationId, AuditOutcome.SUCCESS, "total " + total);
		return problems;
	}

	/** Records the decision on the review and on the declaration, together. */
	@Transactional
	public void decide(long declarationId, long expectedDeclarationVersion, Long expectedReviewVersion,
			ReviewDecision decision, String reason, CurrentUser officer) {
		DeclarationSummary declaration = ReviewScope.underReview(declarations, declarationId, officer.scope());
		requireNotFinalized(declaration.callId(), declaration.districtCode());
		DistrictReview review = loadOrCreate(declaration, expectedReviewVersion, officer);
		if (decision == ReviewDecision.RECOMMEND && review.getTotalScore() == null) {
			throw new StateConflictException("review.scoreBeforeRecommend", "Score before recommending");
		}
		review.decide(decision, reason, officer.getUsername(), clock.instant());
		reviews.flush();
		declarations.decide(declarationId, expectedDeclarationVersion, decision == ReviewDecision.RECOMMEND,
				reason, officer);
	}

	private DistrictReview loadOrCreate(DeclarationSummary declaration, Long expectedVersion, CurrentUser officer) {
		return reviews.findByDeclarationId(declaration.id()).map(existing -> {
			if (expectedVersion == null || existing.getVersion() != expectedVersion) {
				throw new ObjectOptimisticLockingFailureException(DistrictReview.class, existing.getId());
			}
			return existing;
		}).orElseGet(() -> {
			try {
				return reviews.saveAndFlush(new DistrictReview(declaration.id(), declaration.callId(),
						declaration.districtCode(), officer.getUsername(), clock.instant()));
			}
			catch (DataIntegrityViolationException concurrent) {
				throw new ObjectOptimisticLockingFailureException(DistrictReview.class, declaration.id());
			}
		});
	}

	private void requireNotFinalized(long callId, String district) {
		if (recommendations.findByCallIdAndDistrictCode(callId, district).isPresent()) {
			throw new StateConflictException("recommendation.locked", "The list of call " + callId + " is locked");
		}
	}
}
