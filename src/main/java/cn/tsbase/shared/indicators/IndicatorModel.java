package cn.tsbase.shared.indicators;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Dimensions of scored items (指标): each with its points, how to score it, the evidence expected and whether it is a
 * veto item (基本项: failing it fails the whole). The evaluation's indicator systems, the district review criteria and
 * the expert rubric versions are stored as this model's JSON (the latter two of one dimension).
 * <p>
 * A model is valid once made: codes are unique (dimensions and items together) and every item is free of
 * {@link Indicator#problems() problems} other than its name, which the forms check.
 */
public record IndicatorModel(List<Dimension> dimensions) {

	/** The longest name of an item. */
	public static final int NAME_MAX = 200;

	/** The code of the one dimension of a model made by {@link #of(List)}. */
	public static final String ONE_DIMENSION = "ALL";

	/** A group of items, e.g. one of the five construction standards. */
	public record Dimension(String code, String name, List<Indicator> indicators) {

		public Dimension {
			indicators = List.copyOf(indicators);
		}
	}

	/**
	 * One scored item. A score lies between {@link #lowest()} and {@code points}; a pure veto item has 0 points and is
	 * passed or failed instead.
	 *
	 * @param points the highest score (the maximum points)
	 * @param dataSource the key of a platform figure shown beside the item (the owning module knows the keys), or null
	 * @param minimum the lowest score when it is not 0 (the expert rubric's ranges), or null
	 * @param weight the item's weight in a weighted total when it is not its points (the expert rubric), or null
	 */
	public record Indicator(String code, String name, BigDecimal points, String guidance, String evidence, boolean veto,
			String dataSource, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal minimum,
			@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal weight) {

		/** An item scored from 0 to its points, unweighted. */
		public Indicator(String code, String name, BigDecimal points, String guidance, String evidence, boolean veto,
				String dataSource) {
			this(code, name, points, guidance, evidence, veto, dataSource, null, null);
		}

		/** An item scored within a range and weighted, without guidance (the expert rubric's criterion). */
		public static Indicator ranged(String code, String name, BigDecimal minimum, BigDecimal maximum,
				BigDecimal weight) {
			return new Indicator(code, name, maximum, null, null, false, null, minimum, weight);
		}

		/** A pure veto item: no points, passed or failed. */
		public static Indicator vetoOnly(String code, String name) {
			return new Indicator(code, name, BigDecimal.ZERO, null, null, true, null);
		}

		/** The lowest score. */
		public BigDecimal lowest() {
			return minimum == null ? BigDecimal.ZERO : minimum;
		}

		/** The weight in a weighted total: the weight when given, else the points. */
		public BigDecimal weighting() {
			return weight == null ? points : weight;
		}

		/** Whether a score lies within the item's range (the bounds included). */
		public boolean accepts(BigDecimal score) {
			return score != null && points != null && score.compareTo(lowest()) >= 0 && score.compareTo(points) <= 0;
		}

		/** What is wrong with the item; empty when nothing is. */
		public Set<Problem> problems() {
			Set<Problem> problems = EnumSet.noneOf(Problem.class);
			if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
				problems.add(Problem.NAME);
			}
			if (points == null || points.signum() < 0) {
				problems.add(Problem.POINTS);
			}
			else if (minimum != null && (minimum.signum() < 0 || minimum.compareTo(points) >= 0)) {
				problems.add(Problem.RANGE);
			}
			if (weight != null && weight.signum() <= 0) {
				problems.add(Problem.WEIGHT);
			}
			return problems;
		}
	}

	/** What can be wrong with an item. */
	public enum Problem {
		/** No name, or a name longer than {@link IndicatorModel#NAME_MAX}. */
		NAME,
		/** No points, or negative points. */
		POINTS,
		/** A minimum that is negative or not below the points. */
		RANGE,
		/** A weight that is not positive. */
		WEIGHT
	}

	public IndicatorModel {
		dimensions = List.copyOf(dimensions);
		Set<String> codes = new HashSet<>();
		for (Dimension d : dimensions) {
			if (!codes.add(d.code())) {
				throw new IllegalArgumentException("Duplicate code " + d.code());
			}
			for (Indicator i : d.indicators()) {
				if (!codes.add(i.code())) {
					throw new IllegalArgumentException("Duplicate code " + i.code());
				}
				Set<Problem> problems = i.problems();
				problems.remove(Problem.NAME);
				if (!problems.isEmpty()) {
					throw new IllegalArgumentException("Item " + i.code() + " has problems " + problems);
				}
			}
		}
	}

	/** A model of one dimension ({@link #ONE_DIMENSION}) holding the items in their order. */
	public static IndicatorModel of(List<Indicator> indicators) {
		return new IndicatorModel(List.of(new Dimension(ONE_DIMENSION, null, indicators)));
	}

	/** Every item, dimension by dimension. */
	public List<Indicator> indicators() {
		return dimensions.stream().flatMap(d -> d.indicators().stream()).toList();
	}

	/** The items that are scored (not veto items). */
	public List<Indicator> criteria() {
		return indicators().stream().filter(i -> !i.veto()).toList();
	}

	/** The veto items (基本项). */
	public List<Indicator> vetoItems() {
		return indicators().stream().filter(Indicator::veto).toList();
	}

	public Optional<Indicator> indicator(String code) {
		return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
	}

	/** The highest total: the sum of the items' points. */
	public BigDecimal totalPoints() {
		return indicators().stream().map(Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The sum of the items' scores; a missing score counts as nothing, a score of a code not in the model is ignored. */
	public BigDecimal total(Function<String, BigDecimal> scoreOf) {
		return indicators().stream()
			.map(i -> scoreOf.apply(i.code()))
			.filter(s -> s != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether any veto item is failed. */
	public boolean vetoFailed(Predicate<String> failed) {
		return vetoItems().stream().anyMatch(i -> failed.test(i.code()));
	}

	/** The thresholds' grade of the scores: their total, or 不合格 when a veto item is failed. */
	public Grade grade(Function<String, BigDecimal> scoreOf, Predicate<String> failed, GradeThresholds thresholds) {
		return thresholds.gradeOf(total(scoreOf), vetoFailed(failed));
	}

	/** The same model with one item replaced (matched by code). */
	public IndicatorModel with(Indicator changed) {
		return new IndicatorModel(dimensions.stream()
			.map(d -> new Dimension(d.code(), d.name(),
					d.indicators().stream().map(i -> i.code().equals(changed.code()) ? changed : i).toList()))
			.toList());
	}
}
