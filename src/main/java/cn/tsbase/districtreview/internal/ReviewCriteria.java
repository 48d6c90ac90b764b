package cn.tsbase.districtreview.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/** The district's scoring criteria of a call: each district's own set, changeable until it first scores. */
@Service
public class ReviewCriteria {

	private final ReviewCriterionRepository criteria;
	private final DistrictReviewRepository reviews;
	private final AuditLog audit;

	ReviewCriteria(ReviewCriterionRepository criteria, DistrictReviewRepository reviews, AuditLog audit) {
		this.criteria = criteria;
		this.reviews = reviews;
		this.audit = audit;
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
		String district = ReviewScope.requireDistrict(officer);
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
}
