package cn.tsbase.districtreview.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.declaration.QueueFilter;
import cn.tsbase.districtreview.DistrictRecommendationFinalized;
import cn.tsbase.districtreview.RecommendationView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The district's recommendation list of a call: its preview against the quotas, its finalisation (handed to the
 * municipal bureau as {@link DistrictRecommendationFinalized}), the finalised lists and those in preparation.
 */
@Service
public class Recommendations {

	private final DeclarationManagement declarations;
	private final DistrictReviewRepository reviews;
	private final RecommendationRepository recommendations;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	Recommendations(DeclarationManagement declarations, DistrictReviewRepository reviews,
			RecommendationRepository recommendations, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.declarations = declarations;
		this.reviews = reviews;
		this.recommendations = recommendations;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** What finalising would lock, and how it stands against the quotas. */
	public record RecommendationPreview(CallSummary call, String districtCode, List<RecommendationView.Entry> entries,
			long points, long zones, long undecided, boolean quotaMet, RecommendationView finalized) {
	}

	@Transactional(readOnly = true)
	public RecommendationPreview preview(long callId, CurrentUser officer) {
		CallSummary call = declarations.findCall(callId).orElseThrow(() -> new NotFoundException("Call " + callId));
		String district = ReviewScope.requireDistrict(officer);
		if (call.districtCode() != null && !call.districtCode().equals(district)) {
			throw new NotFoundException("Call " + callId);
		}
		RecommendationView finalized = recommendations.findByCallIdAndDistrictCode(callId, district)
			.map(Recommendation::view)
			.orElse(null);
		List<RecommendationView.Entry> entries = finalized != null ? finalized.entries()
				: currentEntries(callId, officer);
		long undecided = 0;
		for (DeclarationStatus status : List.of(DeclarationStatus.SUBMITTED, DeclarationStatus.RESUBMITTED,
				DeclarationStatus.RETURNED)) {
			undecided += declarations.queue(new QueueFilter(callId, null, status, null, null), officer.scope(),
					PageRequest.of(0, 1)).getTotalElements();
		}
		long points = entries.stream().filter(e -> e.baseType() == BaseType.POINT).count();
		long zones = entries.stream().filter(e -> e.baseType() == BaseType.ZONE).count();
		boolean quotaMet = points >= call.quotaPoints() && zones >= call.quotaZones();
		return new RecommendationPreview(call, district, entries, points, zones, undecided, quotaMet, finalized);
	}

	private List<RecommendationView.Entry> currentEntries(long callId, CurrentUser officer) {
		List<DistrictReview> recommended = reviews.findRecommended(callId, ReviewScope.requireDistrict(officer));
		Map<Long, DeclarationSummary> byId = declarations
			.findAll(recommended.stream().map(DistrictReview::getDeclarationId).toList(), officer.scope())
			.stream()
			.collect(Collectors.toMap(DeclarationSummary::id, Function.identity()));
		return recommended.stream()
			.filter(r -> byId.containsKey(r.getDeclarationId()))
			.sorted(Comparator.comparing(DistrictReview::getTotalScore, Comparator.nullsLast(Comparator.reverseOrder())))
			.map(r -> {
				DeclarationSummary d = byId.get(r.getDeclarationId());
				return new RecommendationView.Entry(d.id(), d.unitName(), d.baseType(), d.industryCode(),
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
	public RecommendationView finalizeList(long callId, String quotaExplanation, CurrentUser officer) {
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
					officer.getUsername(), clock.instant(),
					preview.entries().stream().map(Recommendation.Entry::of).toList(), explanation));
		}
		catch (DataIntegrityViolationException concurrent) {
			throw new StateConflictException("recommendation.alreadyFinalized", "Already finalised");
		}
		List<Long> ids = preview.entries().stream().map(RecommendationView.Entry::declarationId).toList();
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
		return recommendation.view();
	}

	@Transactional(readOnly = true)
	public RecommendationView recommendation(long recommendationId, CurrentUser user) {
		Recommendation recommendation = recommendations.findById(recommendationId)
			.orElseThrow(() -> new NotFoundException("Recommendation " + recommendationId));
		if (!user.scope().includes(recommendation.getDistrictCode(), null)) {
			throw new NotFoundException("Recommendation " + recommendationId);
		}
		return recommendation.view();
	}

	/** The finalised lists the user may see: the municipal bureau every district's, a district its own. */
	@Transactional(readOnly = true)
	public List<RecommendationView> recommendations(CurrentUser user) {
		List<Recommendation> list = user.scope().isAll() ? recommendations.findAllNewestFirst()
				: recommendations.findByDistrictCodeOrderByFinalizedAtDesc(ReviewScope.requireDistrict(user));
		return list.stream().map(Recommendation::view).toList();
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
}
