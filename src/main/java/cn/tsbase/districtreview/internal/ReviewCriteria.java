package cn.tsbase.districtreview.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The district's scoring criteria of a call: each district's own set, changeable until it first scores. A set is stored
 * as the JSON of an {@link IndicatorModel} of one dimension: each criterion an item coded by its position (1, 2 …),
 * scored from 0 to its maximum points, without veto items.
 */
@Service
public class ReviewCriteria {

	private final CriteriaSetRepository sets;
	private final DistrictReviewRepository reviews;
	private final JsonMapper json;
	private final AuditLog audit;

	ReviewCriteria(CriteriaSetRepository sets, DistrictReviewRepository reviews, JsonMapper json, AuditLog audit) {
		this.sets = sets;
		this.reviews = reviews;
		this.json = json;
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
		Optional<CriteriaSet> existing = sets.findByCallIdAndDistrictCode(callId, districtCode);
		if (existing.isPresent()) {
			return model(existing.get());
		}
		IndicatorModel start = sets.findByCallIdAndDistrictCodeIsNull(callId)
			.map(this::model)
			.orElseGet(DefaultCriteria::model);
		try {
			return model(sets.saveAndFlush(new CriteriaSet(callId, districtCode, content(start))));
		}
		catch (DataIntegrityViolationException concurrent) {
			return model(sets.findByCallIdAndDistrictCode(callId, districtCode).orElseThrow(() -> concurrent));
		}
	}

	private IndicatorModel model(CriteriaSet set) {
		return json.readValue(set.getContent(), IndicatorModel.class);
	}

	/** The set's JSON: the model's items in their order, coded 1, 2 … */
	private String content(IndicatorModel items) {
		List<Indicator> criteria = new ArrayList<>();
		for (Indicator item : items.indicators()) {
			criteria.add(criterion(criteria.size() + 1, item.name(), item.points().intValueExact()));
		}
		return json.writeValueAsString(IndicatorModel.of(criteria));
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
		String content = content(items);
		CriteriaSet set = sets.findByCallIdAndDistrictCode(callId, district)
			.orElseGet(() -> new CriteriaSet(callId, district, content));
		set.replaceContent(content);
		set = sets.saveAndFlush(set);
		audit.record("REVIEW_CRITERIA_CHANGED", "Call", callId, AuditOutcome.SUCCESS,
				"district " + district + ": " + items.indicators().size() + " items");
		return model(set);
	}
}
