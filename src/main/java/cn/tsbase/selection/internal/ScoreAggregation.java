package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import cn.tsbase.declaration.BaseType;

/**
 * Turns the experts' submitted scores into per-declaration results and two rankings per base type: one on the scores
 * as given, one on scores normalised per expert (z-scores), which corrects for harsh and lenient experts.
 * <p>
 * <b>Total.</b> An expert's total for a declaration is on a 0–100 scale: each criterion's score is placed within its
 * range, weighted, and the weighted average is multiplied by 100:
 * {@code total = 100 · Σ wᵢ·(sᵢ − minᵢ)/(maxᵢ − minᵢ) / Σ wᵢ}. With ranges 0–100 and weights summing to 1 this is
 * simply {@code Σ wᵢ·sᵢ}; with each range 0–pᵢ and weights wᵢ = pᵢ summing to 100 it is the sum of the points.
 * <p>
 * <b>Numbers and rounding.</b> Everything is {@link BigDecimal}. Each expert's total is rounded to two decimals
 * ({@link #SCORE_SCALE}, half up), as it appears on the score sheet; every statistic is then computed from these
 * totals at 16 significant digits ({@link MathContext#DECIMAL64}) and rounded only when reported: means, trimmed
 * means, per-criterion means, spreads and standard deviations to two decimals, z-scores and their means to four
 * ({@link #Z_SCORE_SCALE}), both half up. Rankings order the reported (rounded) values, so what the officer sees
 * explains the order; equal values are ranked by ascending declaration id and marked as tied.
 * <p>
 * <b>Statistics.</b> The trimmed mean drops the single highest and the single lowest total when there are at least
 * {@link #TRIMMING_MINIMUM} totals, and is the plain mean otherwise; it is the score of the raw ranking. Standard
 * deviations are population deviations (divided by n, not n − 1): the scores are all there is, not a sample. A
 * declaration is <em>divergent</em> when its spread (highest minus lowest total) is strictly greater than the
 * threshold; the spread rather than the standard deviation, because an officer can check it at a glance.
 * <p>
 * <b>Z-scores.</b> For each expert, over every declaration they scored (of either base type, vetoed ones included):
 * {@code z = (total − the expert's mean) / the expert's standard deviation}. An expert whose totals do not vary —
 * including one who scored a single declaration — shows no preference between declarations, so their z-score is 0:
 * they neither lift nor sink a declaration relative to the others. A declaration's normalised score is the plain mean
 * of its z-scores.
 * <p>
 * <b>Veto.</b> A declaration is vetoed when any expert marks any veto item (基本项) failed. Vetoed declarations keep
 * their statistics but have no position: both rankings list them after the ranked ones, by id, followed by
 * declarations without any score.
 */
public final class ScoreAggregation {

	/** Decimals of totals, means, spreads and standard deviations. */
	public static final int SCORE_SCALE = 2;

	/** Decimals of z-scores and their means. */
	public static final int Z_SCORE_SCALE = 4;

	/** The number of totals from which the trimmed mean drops the highest and the lowest. */
	public static final int TRIMMING_MINIMUM = 5;

	/** A suggested divergence threshold: experts disagree by more than 20 points out of 100. */
	public static final BigDecimal DEFAULT_DIVERGENCE_THRESHOLD = BigDecimal.valueOf(20);

	private static final MathContext PRECISION = MathContext.DECIMAL64;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ScoreAggregation() {
	}

	/** A scored criterion: its weight (positive) and the range of its scores (minimum below maximum). */
	public record Criterion(String code, BigDecimal weight, BigDecimal minimum, BigDecimal maximum) {

		public Criterion {
			if (weight.signum() <= 0) {
				throw new IllegalArgumentException("Criterion " + code + " needs a positive weight");
			}
			if (minimum.compareTo(maximum) >= 0) {
				throw new IllegalArgumentException("Criterion " + code + " needs a minimum below its maximum");
			}
		}
	}

	/** The criteria scored and the veto items (基本项) each expert marks passed or failed. */
	public record Rubric(List<Criterion> criteria, List<String> vetoItems) {

		public Rubric {
			criteria = List.copyOf(criteria);
			vetoItems = List.copyOf(vetoItems);
			if (criteria.isEmpty()) {
				throw new IllegalArgumentException("A rubric needs at least one criterion");
			}
			Set<String> codes = new HashSet<>();
			criteria.forEach(c -> requireUnique(codes, c.code()));
			vetoItems.forEach(v -> requireUnique(codes, v));
		}

		private static void requireUnique(Set<String> codes, String code) {
			if (!codes.add(code)) {
				throw new IllegalArgumentException("Rubric item " + code + " is listed twice");
			}
		}
	}

	/** A declaration of the round and its base type; rankings are per base type. */
	public record Declaration(long id, BaseType baseType) {
	}

	/**
	 * One expert's submitted score of one declaration: a score for every criterion of the rubric, within its range, and
	 * the veto items the expert marks failed (empty when all pass).
	 */
	public record SubmittedScore(long expertId, long declarationId, Map<String, BigDecimal> criterionScores,
			Set<String> failedVetoItems) {

		public SubmittedScore {
			criterionScores = Map.copyOf(criterionScores);
			failedVetoItems = failedVetoItems == null ? Set.of() : Set.copyOf(failedVetoItems);
		}
	}

	/**
	 * Everything known about one declaration. Without scores, {@code scoreCount} is 0 and every statistic is
	 * {@code null}.
	 *
	 * @param totalsByExpert each expert's total, by ascending expert id
	 * @param trimmedMean the raw ranking's score: trimmed when {@code trimmed}, else equal to {@code mean}
	 * @param criterionMeans the mean score of each criterion, in the rubric's order
	 * @param vetoFailures each failed veto item with the experts who failed it (ascending ids), in the rubric's order
	 * @param spread highest minus lowest total
	 * @param divergent {@code spread} is greater than the threshold
	 * @param meanZScore the normalised ranking's score
	 */
	public record DeclarationResult(long declarationId, BaseType baseType, int scoreCount,
			Map<Long, BigDecimal> totalsByExpert, BigDecimal mean, BigDecimal trimmedMean, boolean trimmed,
			Map<String, BigDecimal> criterionMeans, boolean vetoed, Map<String, List<Long>> vetoFailures,
			BigDecimal spread, BigDecimal standardDeviation, boolean divergent, BigDecimal meanZScore) {
	}

	/** How one expert scored: their mean and standard deviation over all their totals, and each z-score. */
	public record ExpertStatistics(long expertId, int scoreCount, BigDecimal mean, BigDecimal standardDeviation,
			Map<Long, BigDecimal> zScoresByDeclaration) {
	}

	/**
	 * A line of a ranking. {@code position} counts from 1 and is {@code null} for vetoed and unscored declarations;
	 * {@code score} is the trimmed mean (raw ranking) or mean z-score (normalised ranking); {@code tied}: a ranked
	 * neighbour has the same score, and only the declaration id decided the order.
	 */
	public record Place(long declarationId, Integer position, BigDecimal score, boolean tied, boolean vetoed) {
	}

	/** The two rankings of one base type, to be shown side by side. */
	public record Ranking(BaseType baseType, List<Place> raw, List<Place> normalised) {
	}

	/**
	 * @param declarations by ascending id
	 * @param experts by ascending id
	 * @param rankings one per base type that has declarations, points before zones
	 */
	public record Result(List<DeclarationResult> declarations, List<ExpertStatistics> experts,
			List<Ranking> rankings) {

		public DeclarationResult declaration(long declarationId) {
			return declarations.stream()
				.filter(d -> d.declarationId() == declarationId)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No declaration " + declarationId));
		}

		public ExpertStatistics expert(long expertId) {
			return experts.stream()
				.filter(e -> e.expertId() == expertId)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No expert " + expertId));
		}

		public Ranking ranking(BaseType baseType) {
			return rankings.stream()
				.filter(r -> r.baseType() == baseType)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No ranking for " + baseType));
		}
	}

	/**
	 * Aggregates the scores of a round.
	 *
	 * @param declarations every declaration of the round, scored or not
	 * @param scores the submitted scores; at most one per expert and declaration, each for a declaration of the round
	 * and complete against the rubric
	 * @param divergenceThreshold the spread above which a declaration is flagged divergent
	 * @throws IllegalArgumentException when a score does not fit the rubric or the round
	 */
	public static Result aggregate(Rubric rubric, List<Declaration> declarations, List<SubmittedScore> scores,
			BigDecimal divergenceThreshold) {
		Map<Long, Declaration> declarationsById = new TreeMap<>();
		for (Declaration declaration : declarations) {
			if (declarationsById.put(declaration.id(), declaration) != null) {
				throw new IllegalArgumentException("Declaration " + declaration.id() + " is listed twice");
			}
		}
		Map<Long, List<Scored>> byDeclaration = new TreeMap<>();
		Map<Long, List<Scored>> byExpert = new TreeMap<>();
		Set<ReviewPair> seen = new HashSet<>();
		for (SubmittedScore score : scores) {
			validate(rubric, declarationsById, seen, score);
			Scored scored = new Scored(score, total(rubric, score));
			byDeclaration.computeIfAbsent(score.declarationId(), id -> new ArrayList<>()).add(scored);
			byExpert.computeIfAbsent(score.expertId(), id -> new ArrayList<>()).add(scored);
		}
		byDeclaration.values().forEach(list -> list.sort(Comparator.comparingLong(s -> s.score().expertId())));

		Map<ReviewPair, BigDecimal> exactZ = new HashMap<>();
		List<ExpertStatistics> experts = new ArrayList<>();
		byExpert.forEach((expertId, list) -> experts.add(expertStatistics(expertId, list, exactZ)));

		List<DeclarationResult> results = new ArrayList<>();
		for (Declaration declaration : declarationsById.values()) {
			results.add(declarationResult(rubric, declaration,
					byDeclaration.getOrDefault(declaration.id(), List.of()), exactZ, divergenceThreshold));
		}

		List<Ranking> rankings = new ArrayList<>();
		for (BaseType baseType : BaseType.values()) {
			List<DeclarationResult> ofType = results.stream().filter(d -> d.baseType() == baseType).toList();
			if (!ofType.isEmpty()) {
				rankings.add(new Ranking(baseType, rank(ofType, DeclarationResult::trimmedMean),
						rank(ofType, DeclarationResult::meanZScore)));
			}
		}
		return new Result(List.copyOf(results), List.copyOf(experts), List.copyOf(rankings));
	}

	/** An expert's weighted total on the 0–100 scale, rounded to {@link #SCORE_SCALE} decimals. */
	public static BigDecimal total(Rubric rubric, SubmittedScore score) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Criterion criterion : rubric.criteria()) {
			BigDecimal position = score.criterionScores()
				.get(criterion.code())
				.subtract(criterion.minimum())
				.divide(criterion.maximum().subtract(criterion.minimum()), PRECISION);
			weighted = weighted.add(criterion.weight().multiply(position, PRECISION), PRECISION);
			weights = weights.add(criterion.weight());
		}
		return HUNDRED.multiply(weighted, PRECISION).divide(weights, PRECISION).setScale(SCORE_SCALE,
				RoundingMode.HALF_UP);
	}

	private record Scored(SubmittedScore score, BigDecimal total) {
	}

	private static void validate(Rubric rubric, Map<Long, Declaration> declarations, Set<ReviewPair> seen,
			SubmittedScore score) {
		String which = "Score of expert " + score.expertId() + " for declaration " + score.declarationId();
		if (!declarations.containsKey(score.declarationId())) {
			throw new IllegalArgumentException(which + ": the declaration is not in the round");
		}
		if (!seen.add(new ReviewPair(score.expertId(), score.declarationId()))) {
			throw new IllegalArgumentException(which + ": submitted twice");
		}
		Set<String> criteria = new HashSet<>();
		for (Criterion criterion : rubric.criteria()) {
			criteria.add(criterion.code());
			BigDecimal value = score.criterionScores().get(criterion.code());
			if (value == null) {
				throw new IllegalArgumentException(which + ": no score for " + criterion.code());
			}
			if (value.compareTo(criterion.minimum()) < 0 || value.compareTo(criterion.maximum()) > 0) {
				throw new IllegalArgumentException(which + ": " + criterion.code() + " = " + value + " is out of range");
			}
		}
		if (!criteria.containsAll(score.criterionScores().keySet())) {
			throw new IllegalArgumentException(which + ": scores a criterion the rubric does not have");
		}
		if (!rubric.vetoItems().containsAll(score.failedVetoItems())) {
			throw new IllegalArgumentException(which + ": fails a veto item the rubric does not have");
		}
	}

	private static ExpertStatistics expertStatistics(long expertId, List<Scored> scored,
			Map<ReviewPair, BigDecimal> exactZ) {
		List<BigDecimal> totals = scored.stream().map(Scored::total).toList();
		BigDecimal mean = mean(totals);
		BigDecimal deviation = standardDeviation(totals, mean);
		Map<Long, BigDecimal> zScores = new TreeMap<>();
		for (Scored s : scored) {
			BigDecimal z = deviation.signum() == 0 ? BigDecimal.ZERO
					: s.total().subtract(mean).divide(deviation, PRECISION);
			exactZ.put(new ReviewPair(expertId, s.score().declarationId()), z);
			zScores.put(s.score().declarationId(), reported(z, Z_SCORE_SCALE));
		}
		return new ExpertStatistics(expertId, scored.size(), reported(mean, SCORE_SCALE),
				reported(deviation, SCORE_SCALE), Collections.unmodifiableMap(zScores));
	}

	private static DeclarationResult declarationResult(Rubric rubric, Declaration declaration, List<Scored> scored,
			Map<ReviewPair, BigDecimal> exactZ, BigDecimal divergenceThreshold) {
		if (scored.isEmpty()) {
			return new DeclarationResult(declaration.id(), declaration.baseType(), 0, Map.of(), null, null,
					false, Map.of(), false, Map.of(), null, null, false, null);
		}
		Map<Long, BigDecimal> totalsByExpert = new TreeMap<>();
		scored.forEach(s -> totalsByExpert.put(s.score().expertId(), s.total()));
		List<BigDecimal> totals = List.copyOf(totalsByExpert.values());
		BigDecimal highest = Collections.max(totals);
		BigDecimal lowest = Collections.min(totals);
		BigDecimal mean = mean(totals);
		boolean trimmed = totals.size() >= TRIMMING_MINIMUM;
		BigDecimal trimmedMean = trimmed ? sum(totals).subtract(highest)
			.subtract(lowest)
			.divide(BigDecimal.valueOf(totals.size() - 2L), PRECISION) : mean;

		Map<String, BigDecimal> criterionMeans = new LinkedHashMap<>();
		for (Criterion criterion : rubric.criteria()) {
			criterionMeans.put(criterion.code(), reported(
					mean(scored.stream().map(s -> s.score().criterionScores().get(criterion.code())).toList()),
					SCORE_SCALE));
		}
		Map<String, List<Long>> vetoFailures = new LinkedHashMap<>();
		for (String item : rubric.vetoItems()) {
			List<Long> failedBy = scored.stream()
				.filter(s -> s.score().failedVetoItems().contains(item))
				.map(s -> s.score().expertId())
				.toList();
			if (!failedBy.isEmpty()) {
				vetoFailures.put(item, failedBy);
			}
		}
		BigDecimal spread = highest.subtract(lowest);
		BigDecimal zSum = BigDecimal.ZERO;
		for (Scored s : scored) {
			zSum = zSum.add(exactZ.get(new ReviewPair(s.score().expertId(), declaration.id())), PRECISION);
		}
		BigDecimal meanZ = zSum.divide(BigDecimal.valueOf(scored.size()), PRECISION);
		return new DeclarationResult(declaration.id(), declaration.baseType(), scored.size(),
				Collections.unmodifiableMap(totalsByExpert), reported(mean, SCORE_SCALE),
				reported(trimmedMean, SCORE_SCALE), trimmed, Collections.unmodifiableMap(criterionMeans),
				!vetoFailures.isEmpty(), Collections.unmodifiableMap(vetoFailures), reported(spread, SCORE_SCALE),
				reported(standardDeviation(totals, mean), SCORE_SCALE), spread.compareTo(divergenceThreshold) > 0,
				reported(meanZ, Z_SCORE_SCALE));
	}

	/** Ranked (by score descending, then id), then vetoed (by id), then unscored (by id). */
	private static List<Place> rank(List<DeclarationResult> declarations, Function<DeclarationResult, BigDecimal> score) {
		List<DeclarationResult> ranked = declarations.stream()
			.filter(d -> d.scoreCount() > 0 && !d.vetoed())
			.sorted(Comparator.comparing(score, Comparator.reverseOrder())
				.thenComparingLong(DeclarationResult::declarationId))
			.toList();
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			BigDecimal value = score.apply(ranked.get(i));
			boolean tied = (i > 0 && score.apply(ranked.get(i - 1)).compareTo(value) == 0)
					|| (i + 1 < ranked.size() && score.apply(ranked.get(i + 1)).compareTo(value) == 0);
			places.add(new Place(ranked.get(i).declarationId(), i + 1, value, tied, false));
		}
		declarations.stream()
			.filter(DeclarationResult::vetoed)
			.sorted(Comparator.comparingLong(DeclarationResult::declarationId))
			.forEach(d -> places.add(new Place(d.declarationId(), null, score.apply(d), false, true)));
		declarations.stream()
			.filter(d -> d.scoreCount() == 0)
			.sorted(Comparator.comparingLong(DeclarationResult::declarationId))
			.forEach(d -> places.add(new Place(d.declarationId(), null, null, false, false)));
		return List.copyOf(places);
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal value : values) {
			sum = sum.add(value);
		}
		return sum;
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		return sum(values).divide(BigDecimal.valueOf(values.size()), PRECISION);
	}

	private static BigDecimal standardDeviation(List<BigDecimal> values, BigDecimal mean) {
		BigDecimal squares = BigDecimal.ZERO;
		for (BigDecimal value : values) {
			BigDecimal difference = value.subtract(mean, PRECISION);
			squares = squares.add(difference.multiply(difference, PRECISION), PRECISION);
		}
		return squares.divide(BigDecimal.valueOf(values.size()), PRECISION).sqrt(PRECISION);
	}

	private static BigDecimal reported(BigDecimal value, int scale) {
		return value.setScale(scale, RoundingMode.HALF_UP);
	}
}
