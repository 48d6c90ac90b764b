package cn.tsbase.districtreview.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.districtreview.CoReviewCommentView;
import cn.tsbase.districtreview.DistrictReviewManagement;
import cn.tsbase.districtreview.DistrictReviewSummary;
import cn.tsbase.districtreview.DistrictReviewView;
import cn.tsbase.districtreview.ReviewDecision;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * The district's review as it is read (the declaration under review, its review and scores) and the IP office's
 * co-review comments; the module's API to other modules. The criteria ({@link ReviewCriteria}), the scoring and the
 * decision ({@link DistrictScoring}) and the recommendation list ({@link Recommendations}) are use cases of their own.
 * Declarations are reached only through the declaration module's scoped API.
 */
@Service
public class DistrictReviewService implements DistrictReviewManagement {

	private final DeclarationManagement declarations;
	private final DistrictReviewRepository reviews;
	private final CoReviewCommentRepository comments;
	private final JsonMapper json;
	private final AuditLog audit;
	private final Clock clock;

	DistrictReviewService(DeclarationManagement declarations, DistrictReviewRepository reviews,
			CoReviewCommentRepository comments, JsonMapper json, AuditLog audit, Clock clock) {
		this.declarations = declarations;
		this.reviews = reviews;
		this.comments = comments;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	/** The declaration under review, in the officer's scope (otherwise "not found"). */
	@Transactional(readOnly = true)
	public DeclarationSummary declaration(long declarationId, DataScope scope) {
		return ReviewScope.underReview(declarations, declarationId, scope);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<DistrictReviewSummary> reviewOf(long declarationId) {
		return reviews.findByDeclarationId(declarationId)
			.filter(r -> r.getDecision() != null)
			.map(r -> new DistrictReviewSummary(declarationId, r.getTotalScore(), r.getOpinion(),
					r.getDecision() == ReviewDecision.RECOMMEND, r.getReason(), r.getReviewer()));
	}

	/** The declaration's review with its scores by criterion position (none before it is scored), read once. */
	@Transactional(readOnly = true)
	public java.util.Optional<DistrictReviewView> review(long declarationId) {
		return reviews.findByDeclarationId(declarationId).map(r -> r.view(scores(r)));
	}

	private Map<Integer, BigDecimal> scores(DistrictReview review) {
		return json.readValue(review.getScoresJson(), new TypeReference<LinkedHashMap<Integer, BigDecimal>>() {
		});
	}

	@Transactional
	public void comment(long declarationId, String text, CurrentUser officer) {
		DeclarationSummary declaration = declaration(declarationId, officer.scope());
		comments.save(new CoReviewComment(declarationId, declaration.districtCode(), officer.getUsername(),
				officer.getDisplayName(), text, clock.instant()));
		audit.record("CO_REVIEW_COMMENTED", "Declaration", declarationId, AuditOutcome.SUCCESS, null);
	}

	@Transactional(readOnly = true)
	public List<CoReviewCommentView> comments(long declarationId, DataScope scope) {
		declaration(declarationId, scope);
		return comments.findByDeclarationIdOrderByCreatedAt(declarationId)
			.stream()
			.map(CoReviewComment::view)
			.toList();
	}
}
