package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * The versions of the expert review rubric (评审细则). A version never changes; the municipal officer makes a new one,
 * and rounds opened after that use it by default. Version 1, derived from the five construction standards and the
 * twelve management elements with three veto items, ships with the platform. The items are read and checked as the
 * platform's {@link IndicatorModel} and stored as its JSON in the version: a criterion is an item with a range (minimum
 * to points) and a weight, a veto item an item without points.
 */
@Service
public class RubricService {

	public static final int MAX_ITEMS = 40;
	private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(1000);

	private final RubricRepository rubrics;
	private final JsonMapper json;
	private final AuditLog audit;
	private final Clock clock;

	RubricService(RubricRepository rubrics, JsonMapper json, AuditLog audit, Clock clock) {
		this.rubrics = rubrics;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RubricVersion> versions() {
		return rubrics.findAllByOrderByVersionNoDesc().stream().map(Rubric::view).toList();
	}

	@Transactional(readOnly = true)
	public RubricVersion get(long id) {
		return rubrics.findById(id).orElseThrow(() -> new NotFoundException("Rubric " + id)).view();
	}

	/** Whether the version exists; unlike {@link #get} it does not throw, so a caller's transaction stays usable. */
	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return rubrics.existsById(id);
	}

	/** The newest version: what a new round uses unless the officer picks another. */
	@Transactional(readOnly = true)
	public RubricVersion latest() {
		return rubrics.findFirstByOrderByVersionNoDesc().orElseThrow(() -> new NotFoundException("No rubric")).view();
	}

	/** The version's items as the indicator model (one dimension, in their order). */
	@Transactional(readOnly = true)
	public IndicatorModel model(long rubricId) {
		Rubric rubric = rubrics.findById(rubricId).orElseThrow(() -> new NotFoundException("Rubric " + rubricId));
		return json.readValue(rubric.getContent(), IndicatorModel.class);
	}

	/** The version's items in their order: criteria coded C1, C2 …, veto items V1, V2 … */
	@Transactional(readOnly = true)
	public List<Indicator> items(long rubricId) {
		return model(rubricId).indicators();
	}

	/** An item of a new version as the officer enters it (for a veto item the numbers are ignored). */
	public record NewItem(RubricItemKind kind, String name, BigDecimal weight, BigDecimal minimum,
			BigDecimal maximum) {

		/** The item in the indicator model. */
		Indicator asIndicator(String code) {
			return kind == RubricItemKind.VETO ? Indicator.vetoOnly(code, name)
					: Indicator.ranged(code, name, minimum, maximum, weight);
		}
	}

	/** What is wrong with a new version; the fields are {@code name} and {@code items[i]}. */
	public List<ReviewProblem> check(String name, List<NewItem> newItems) {
		List<ReviewProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			problems.add(ReviewProblem.onField("name", "rubric.name.required"));
		}
		if (newItems.stream().noneMatch(i -> i.kind() == RubricItemKind.CRITERION)) {
			problems.add(ReviewProblem.of("rubric.criterionRequired"));
		}
		if (newItems.size() > MAX_ITEMS) {
			problems.add(ReviewProblem.of("rubric.tooManyItems", MAX_ITEMS));
		}
		for (int i = 0; i < newItems.size(); i++) {
			NewItem item = newItems.get(i);
			String field = "items[" + i + "]";
			Set<IndicatorModel.Problem> found = item.asIndicator("item").problems();
			if (found.contains(IndicatorModel.Problem.NAME)) {
				problems.add(ReviewProblem.onField(field, "rubric.item.nameRequired", i + 1));
			}
			if (item.kind() == RubricItemKind.CRITERION) {
				// the model's rules, and the rubric's own: both numbers given, at most 1000, two decimals
				if (found.contains(IndicatorModel.Problem.WEIGHT) || item.weight() == null
						|| item.weight().compareTo(MAX_SCORE) > 0 || item.weight().scale() > 2) {
					problems.add(ReviewProblem.onField(field, "rubric.item.weightInvalid", i + 1));
				}
				if (found.contains(IndicatorModel.Problem.POINTS) || found.contains(IndicatorModel.Problem.RANGE)
						|| item.minimum() == null || item.maximum() == null || item.maximum().compareTo(MAX_SCORE) > 0
						|| item.minimum().scale() > 2 || item.maximum().scale() > 2) {
					problems.add(ReviewProblem.onField(field, "rubric.item.rangeInvalid", i + 1));
				}
			}
		}
		return problems;
	}

	/**
	 * Makes the next version. Criteria get the codes C1, C2 …, veto items V1, V2 … in the order given.
	 *
	 * @throws IllegalArgumentException when {@link #check} finds a problem
	 */
	@Transactional
	public RubricVersion create(String name, List<NewItem> newItems, String officer) {
		if (!check(name, newItems).isEmpty()) {
			throw new IllegalArgumentException("Invalid rubric");
		}
		int next = rubrics.findFirstByOrderByVersionNoDesc().map(Rubric::getVersionNo).orElse(0) + 1;
		List<Indicator> coded = new ArrayList<>();
		int criteria = 0;
		int vetoes = 0;
		for (NewItem item : newItems) {
			boolean criterion = item.kind() == RubricItemKind.CRITERION;
			String code = criterion ? "C" + (++criteria) : "V" + (++vetoes);
			coded.add(new NewItem(item.kind(), item.name().strip(), item.weight(), item.minimum(), item.maximum())
				.asIndicator(code));
		}
		Rubric rubric;
		try {
			rubric = rubrics.saveAndFlush(new Rubric(next, name.strip(), officer, clock.instant(),
					json.writeValueAsString(IndicatorModel.of(coded))));
		}
		catch (DataIntegrityViolationException concurrent) {
			throw new StateConflictException("rubric.concurrent", "Version " + next + " exists");
		}
		audit.record(officer, "RUBRIC_VERSION_CREATED", "Rubric", rubric.getId(), AuditOutcome.SUCCESS,
				"version " + next + ": " + criteria + " criteria, " + vetoes + " veto items");
		return rubric.view();
	}

	/** The rubric's items as {@link ScoreAggregation} reads them. */
	public static ScoreAggregation.Rubric forAggregation(List<Indicator> items) {
		IndicatorModel model = IndicatorModel.of(items);
		return new ScoreAggregation.Rubric(
				model.criteria()
					.stream()
					.map(i -> new ScoreAggregation.Criterion(i.code(), i.weighting(), i.lowest(), i.points()))
					.toList(),
				model.vetoItems().stream().map(Indicator::code).toList());
	}
}
