package cn.tsbase.districtreview.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.declaration.QueueFilter;
import cn.tsbase.districtreview.DistrictRecommendationFinalized;
import cn.tsbase.districtreview.DistrictReviewManagement;
import cn.tsbase.districtreview.DistrictReviewSummary;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * The district's review: criteria, scores and opinion, IP office comments, the decision, and the recommendation list.
 * Declarations are reached only through the declaration module's scoped API.
 */
@Service
public class DistrictReviewService implements DistrictReviewManagement {

	private final DeclarationManagement declarations;
	private final ReviewCriterionRepository criteria;
	private final DistrictReviewRepository reviews;
	private final CoReviewCommentRepository comments;
	private final RecommendationRepository recommendations;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	DistrictReviewService(DeclarationManagement declarations, ReviewCriterionRepository criteria,
			DistrictReviewRepository reviews, CoReviewCommentRepository comments,
			RecommendationRepository recommendations, JsonMapper json, ApplicationEventPublisher events,
			AuditLog audit, Clock clock) {
		this.declarations = declarations;
		this.criteria = criteria;
		this.reviews = reviews;
		this.comments = comments;
		this.recommendations = recommendations;
		this.json = json;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The declaration under review, in the officer's scope (otherwise "not found"). */
	@Transactional(readOnly = true)
	public DeclarationSummary declaration(long declarationId, DataScope scope) {
		return declarations.find(declarationId, scope)
			.filter(d -> d.status() != DeclarationStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("Declaration " + declarationId));
	}

	/**
	 * The district's criteria for the call. A district's first use stores its own set (the call's set from before
	 * criteria were per district, or else the default), so that later edits of the default, or another district's
	 * changes, do not move it.
	 */
	@Transactional
	public List<ReviewCriterion> criteria(long callId, String districtCode) {
		List<ReviewCriterion> existing = criteria.findByCallIdAndDistrictCodeOrderByPosition(callId, districtCode);
		if (!existing.isEmpty()) {
			return existing;
		}
		List<DefaultCriteria.Item> items = criteria.findByCallIdAndDistrictCodeIsNullOrderByPosition(callId)
			.stream()
			.map(c -> new DefaultCriteria.Item(c.getName(), c.getMaxPoints()))
			.toList();
		try {
			return criteria.saveAllAndFlush(set(callId, districtCode, items.isEmpty() ? DefaultCriteria.items() : items));
		}
		catch (DataIntegrityViolationException concurrent) {
			return criteria.findByCallIdAndDistrictCodeOrderByPosition(callId, districtCode);
		}
	}

	private static List<ReviewCriterion> set(long callId, String districtCode, List<DefaultCriteria.Item> items) {
		List<ReviewCriterion> created = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			created.add(new ReviewCriterion(callId, districtCode, i + 1, items.get(i).name(), items.get(i).maxPoints()));
		}
		return created;
	}

	/**
	 * Replaces the officer's district's criteria for the call (names and maximum points) while no declaration of the
	 * call has been scored in that district. Other districts' criteria for the same (municipal) call do not change.
	 */
	@Transactional
	public List<ReviewCriterion> replaceCriteria(long callId, List<DefaultCriteria.Item> items, CurrentUser officer) {
		String district = requireDistrict(officer);
		if (items.isEmpty()) {
			throw new StateConflictException("review.criteria.empty", "No criteria");
		}
		if (reviews.existsByCallIdAndDistrictCodeAndTotalScoreIsNotNull(callId, district)) {
			throw new StateConflictException("review.criteria.inUse",
					"Criteria of call " + callId + " in use in " + district);
		}
		criteria.deleteAllInBatch(criteria.findByCallIdAndDistrictCodeOrderByPosition(callId, district));
		criteria.flush();
		audit.record("REVIEW_CRITERIA_CHANGED", "Call", callId, AuditOutcome.SUCCESS,
				"district " + district + ": " + items.size() + " items");
		return criteria.saveAllAndFlush(set(callId, district, items));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<DistrictReviewSummary> reviewOf(long declarationId) {
		return reviews.findByDeclarationId(declarationId)
			.filter(r -> r.getDecision() != null)
			.map(r -> new DistrictReviewSummary(declarationId, r.getTotalScore(), r.getOpinion(),
					r.getDecision() == DistrictReview.Decision.RECOMMEND, r.getReason(), r.getReviewer()));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<DistrictReview> review(long declarationId) {
		return reviews.findByDeclarationId(declarationId);
	}

	/** The scores by criterion position. */
	public Map<Integer, BigDecimal> scores(DistrictReview review) {
		return json.readValue(review.getScoresJson(), new TypeReference<LinkedHashMap<Integer, BigDecimal>>() {
		});
	}

	/**
	 * Saves scores and the opinion. Each score must lie within its criterion's range.
	 *
	 * @return the problems by criterion position (message keys); empty when saved
	 */
	@Transactional
	public Map<Integer, String> score(long declarationId, Long expectedReviewVersion, Map<Integer, BigDecimal> scores,
			String opinion, CurrentUser officer) {
		DeclarationSummary declaration = declaration(declarationId, officer.scope());
		requireNotFinalized(declaration.callId(), declaration.districtCode());
		Map<Integer, String> problems = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (ReviewCriterion criterion : criteria(declaration.callId(), declaration.districtCode())) {
			BigDecimal points = scores.get(criterion.getPosition());
			if (points == null) {
				problems.put(criterion.getPosition(), "review.score.required");
			}
			else if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(criterion.getMaxPoints())) > 0) {
				problems.put(criterion.getPosition(), "review.score.range");
			}
			else {
				total = total.add(points);
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		DistrictReview review = loadOrCreate(declaration, expectedReviewVersion, officer);
		review.score(json.writeValueAsString(scores), total, opinion, officer.getUsername(), clock.instant());
		reviews.flush();
		audit.record("DECLARATION_SCORED", "Declaration", declarationId, AuditOutcome.SUCCESS, "total " + total);
		return problems;
	}

	/** Records the decision on the review and on the declaration, together. */
	@Transactional
	public void decide(long declarationId, long expectedDeclarationVersion, Long expectedReviewVersion,
			DistrictReview.Decision decision, String reason, CurrentUser officer) {
		DeclarationSummary declaration = declaration(declarationId, officer.scope());
		requireNotFinalized(declaration.callId(), declaration.districtCode());
		DistrictReview review = loadOrCreate(declaration, expectedReviewVersion, officer);
		if (decision == DistrictReview.Decision.RECOMMEND && review.getTotalScore() == null) {
			throw new StateConflictException("review.scoreBeforeRecommend", "Score before recommending");
		}
		review.decide(decision, reason, officer.getUsername(), clock.instant());
		reviews.flush();
		declarations.decide(declarationId, expectedDeclarationVersion, decision == DistrictReview.Decision.RECOMMEND,
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

	@Transactional
	public void comment(long declarationId, String text, CurrentUser officer) {
		DeclarationSummary declaration = declaration(declarationId, officer.scope());
		comments.save(new CoReviewComment(declarationId, declaration.districtCode(), officer.getUsername(),
				officer.getDisplayName(), text, clock.instant()));
		audit.record("CO_REVIEW_COMMENTED", "Declaration", declarationId, AuditOutcome.SUCCESS, null);
	}

	@Transactional(readOnly = true)
	public List<CoReviewComment> comments(long declarationId, DataScope scope) {
		declaration(declarationId, scope);
		return comments.findByDeclarationIdOrderByCreatedAt(declarationId);
	}

	// ---------------------------------------------------------------- the recommendation list

	/** What finalising would lock, and how it stands against the quotas. */
	public record RecommendationPreview(CallSummary call, String districtCode, List<Recommendation.Entry> entries,
			long points, long zones, long undecided, boolean quotaMet, Recommendation finalized) {
	}

	@Transactional(readOnly = true)
	public RecommendationPreview preview(long callId, CurrentUser officer) {
		CallSummary call = declarations.findCall(callId).orElseThrow(() -> new NotFoundException("Call " + callId));
		String district = requireDistrict(officer);
		if (call.districtCode() != null && !call.districtCode().equals(district)) {
			throw new NotFoundException("Call " + callId);
		}
		Recommendation finalized = recommendations.findByCallIdAndDistrictCode(callId, district).orElse(null);
		List<Recommendation.Entry> entries = finalized != null ? finalized.getEntries() : currentEntries(callId, officer);
		long undecided = 0;
		for (DeclarationStatus status : List.of(DeclarationStatus.SUBMITTED, DeclarationStatus.RESUBMITTED,
				DeclarationStatus.RETURNED)) {
			undecided += declarations.queue(new QueueFilter(callId, null, status, null, null), officer.scope(),
					PageRequest.of(0, 1)).getTotalElements();
		}
		long points = entries.stream().filter(e -> e.getBaseType() == BaseType.POINT).count();
		long zones = entries.stream().filter(e -> e.getBaseType() == BaseType.ZONE).count();
		boolean quotaMet = points >= call.quotaPoints() && zones >= call.quotaZones();
		return new RecommendationPreview(call, district, entries, points, zones, undecided, quotaMet, finalized);
	}

	private List<Recommendation.Entry> currentEntries(long callId, CurrentUser officer) {
		List<DistrictReview> recommended = reviews.findRecommended(callId, requireDistrict(officer));
		Map<Long, DeclarationSummary> byId = declarations
			.findAll(recommended.stream().map(DistrictReview::getDeclarationId).toList(), officer.scope())
			.stream()
			.collect(Collectors.toMap(DeclarationSummary::id, Function.identity()));
		return recommended.stream()
			.filter(r -> byId.containsKey(r.getDeclarationId()))
			.sorted(Comparator.comparing(DistrictReview::getTotalScore, Comparator.nullsLast(Comparator.reverseOrder())))
			.map(r -> {
				DeclarationSummary d = byId.get(r.getDeclarationId());
				return new Recommendation.Entry(d.id(), d.unitName(), d.baseType(), d.industryCode(),
						r.getTotalScore());
			})
			.toList();
	}

	/** The longest explanation of a list below the quota. */
	public static final int QUOTA_EXPLANATION_MAX = 2000;

	/**
	 * Locks the district's list for the call and hands it to the municipal bureau. Once locked, no decision of the
	 * call's declarations in this district changes. A list below the call's quota needs a written explanation,
	 * which is stored with the list, shown on the letter and audited; a list that meets the quota stores none.
	 *
	 * @throws StateConflictException when already finalised, empty, or below the quota without an explanation
	 */
	@Transactional
	public Recommendation finalizeList(long callId, String quotaExplanation, CurrentUser officer) {
		RecommendationPreview preview = preview(callId, officer);
		if (preview.finalized() != null) {
			throw new StateConflictException("recommendation.alreadyFinalized", "Already finalised");
		}
		if (preview.entries().isEmpty()) {
			throw new StateConflictException("recommendation.empty", "Nothing to recommend");
		}
		String explanation = preview.quotaMet() || quotaExplanation == null ? null : quotaExplanation.strip();
		if (!preview.quotaMet() && (explanation == null || explanation.isEmpty())) {
			throw new StateConflictException("recommendation.explanation.required", "Below the quota without reason");
		}
		if (explanation != null && explanation.length() > QUOTA_EXPLANATION_MAX) {
			throw new StateConflictException("recommendation.explanation.tooLong", "Explanation too long");
		}
		Recommendation recommendation;
		try {
			recommendation = recommendations.saveAndFlush(new Recommendation(callId, preview.districtCode(),
					officer.getUsername(), clock.instant(), preview.entries(), explanation));
		}
		catch (DataIntegrityViolationException concurrent) {
			throw new StateConflictException("recommendation.alreadyFinalized", "Already finalised");
		}
		List<Long> ids = preview.entries().stream().map(Recommendation.Entry::getDeclarationId).toList();
		audit.record("RECOMMENDATION_FINALIZED", "Call", callId, AuditOutcome.SUCCESS,
				"district " + preview.districtCode() + ": " + ids);
		if (explanation != null) {
			// the explanation itself stays with the list; the trail names the shortfall and where the text is
			audit.record("RECOMMENDATION_BELOW_QUOTA", "Recommendation", recommendation.getId(), AuditOutcome.SUCCESS,
					"call " + callId + ", district " + preview.districtCode() + ": points " + preview.points() + "/"
							+ preview.call().quotaPoints() + ", zones " + preview.zones() + "/"
							+ preview.call().quotaZones() + "; written explanation stored with the list");
		}
		events.publishEvent(new DistrictRecommendationFinalized(recommendation.getId(), callId,
				preview.districtCode(), ids));
		return recommendation;
	}

	@Transactional(readOnly = true)
	public Recommendation recommendation(long recommendationId, CurrentUser user) {
		Recommendation recommendation = recommendations.findById(recommendationId)
			.orElseThrow(() -> new NotFoundException("Recommendation " + recommendationId));
		if (!user.scope().includes(recommendation.getDistrictCode(), null)) {
			throw new NotFoundException("Recommendation " + recommendationId);
		}
		recommendation.getEntries().size();
		return recommendation;
	}

	/** The finalised lists the user may see: the municipal bureau every district's, a district its own. */
	@Transactional(readOnly = true)
	public List<Recommendation> recommendations(CurrentUser user) {
		List<Recommendation> list = user.scope().isAll() ? recommendations.findAllNewestFirst()
				: recommendations.findByDistrictCodeOrderByFinalizedAtDesc(requireDistrict(user));
		list.forEach(r -> r.getEntries().size());
		return list;
	}

	/** A call whose district list is being prepared: declarations recommended, the list not yet finalised. */
	public record ListInPreparation(CallSummary call, int recommended) {
	}

	/**
	 * The district's lists not yet finalised that already recommend a declaration, for the district's officers
	 * (the municipal bureau sees lists once finalised).
	 */
	@Transactional(readOnly = true)
	public List<ListInPreparation> listsInPreparation(CurrentUser user) {
		if (user.scope().isAll() || user.getDistrictCode() == null) {
			return List.of();
		}
		String district = user.getDistrictCode();
		List<ListInPreparation> lists = new ArrayList<>();
		for (CallSummary call : declarations.callsFor(user)) {
			if (call.districtCode() != null && !call.districtCode().equals(district)) {
				continue;
			}
			if (recommendations.findByCallIdAndDistrictCode(call.id(), district).isPresent()) {
				continue;
			}
			int recommended = reviews.findRecommended(call.id(), district).size();
			if (recommended > 0) {
				lists.add(new ListInPreparation(call, recommended));
			}
		}
		return lists;
	}

	private void requireNotFinalized(long callId, String district) {
		if (recommendations.findByCallIdAndDistrictCode(callId, district).isPresent()) {
			throw new StateConflictException("recommendation.locked", "The list of call " + callId + " is locked");
		}
	}

	private static String requireDistrict(CurrentUser officer) {
		if (officer.getDistrictCode() == null) {
			throw new NotFoundException("No district for " + officer.getUsername());
		}
		return officer.getDistrictCode();
	}
}
