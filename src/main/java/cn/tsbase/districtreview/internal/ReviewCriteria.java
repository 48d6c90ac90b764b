package cn.tsbase.districtreview.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The district's scoring criteria of a call: each district's own set, changeable until it first scores. They are read
 * and written as an {@link IndicatorModel} of one dimension: each criterion an item coded by its position (1, 2 …),
 * scored from 0 to its maximum points, without veto items.
 */
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

	/** A criterion as an item of the model: the code is its position. */
	public static Indicator criterion(int position, String name, int maxPoints) {
		return new Indicator(String.valueOf(position), name, BigDecimal.valueOf(maxPoints), null, null, false, null);
	}

	/** The position of a criterion of the model, by which its score is kept. */
	public static int position(Indicator criterion) {
		return Integer.parseInt(criterion.code());
	}

	/**
	 * The district's criteria for the call. A district's first use stores its own set (the call's set from before
	 * criteria were per district, or else the default), so that later edits of the default, or another district's
	 * changes, do not move it.
	 */
	@Transactional
	public IndicatorModel criteria(long callId, String districtCode) {
		List<ReviewCriterion> existing = criteria.findByCallIdAndDistrictCodeOrderByPosition(callId, districtCode);
		if (!existing.isEmpty()) {
			return model(existing);
		}
		List<ReviewCriterion> legacy = criteria.findByCallIdAndDistrictCodeIsNullOrderByPosition(callId);
		try {
			return model(criteria.saveAllAndFlush(
					set(callId, districtCode, legacy.isEmpty() ? DefaultCriteria.model() : model(legacy))));
		}
		catch (DataIntegrityViolationException concurrent) {
			return model(criteria.findByCallIdAndDistrictCodeOrderByPosition(callId, districtCode));
		}
	}

	private static IndicatorModel model(List<ReviewCriterion> rows) {
		return IndicatorModel.of(rows.stream().map(ReviewCriterion::asIndicator).toList());
	}

	/** The rows of a district's set: the model's items in their order, at positions 1, 2 … */
	private static List<ReviewCriterion> set(long callId, String districtCode, IndicatorModel items) {
		List<ReviewCriterion> created = new ArrayList<>();
		List<Indicator> indicators = items.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			created.add(new ReviewCriterion(callId, districtCode, i + 1, indicators.get(i).name(),
					indicators.get(i).points().intValueExact()));
		}
		return created;
	}

	/**
	 * Replaces the officer's district's criteria for the call (names and whole maximum points, in the model's order)
	 * while no declaration of the call has been scored in that district. Other districts' criteria for the same
	 * (municipal) call do not change.
	 */
	@Transactional
	public IndicatorModel replaceCriteria(long callId, IndicatorModel items, CurrentUser officer) {
		String district = ReviewScope.requireDistrict(officer);
		if (items.indicators().isEmpty()) {
			throw new StateConflictException("review.criteria.empty", "No criteria");
		}
		if (reviews.existsByCallIdAndDistrictCodeAndTotalScoreIsNotNull(callId, district)) {
			throw new StateConflictException("review.criteria.inUse",
					"Criteria of call " + callId + " in use in " + district);
		}
		criteria.deleteAllInBatch(criteria.findByCallIdAndDistrictCodeOrderByPosition(callId, district));
		criteria.flush();
		audit.record("REVIEW_CRITERIA_CHANGED", "Call", callId, AuditOutcome.SUCCESS,
				"district " + district + ": " + items.indicators().size() + " items");
		return model(criteria.saveAllAndFlush(set(callId, district, items)));
	}
}
