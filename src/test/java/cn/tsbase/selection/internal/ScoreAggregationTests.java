package cn.tsbase.selection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.internal.ScoreAggregation.Criterion;
import cn.tsbase.selection.internal.ScoreAggregation.Declaration;
import cn.tsbase.selection.internal.ScoreAggregation.DeclarationResult;
import cn.tsbase.selection.internal.ScoreAggregation.Place;
import cn.tsbase.selection.internal.ScoreAggregation.Result;
import cn.tsbase.selection.internal.ScoreAggregation.Rubric;
import cn.tsbase.selection.internal.ScoreAggregation.SubmittedScore;

/**
 * Hand-computed cases. Most use a rubric of one criterion, weight 1, range 0–100, so that an expert's total is the
 * score itself and the arithmetic in the comments starts from the totals.
 */
class ScoreAggregationTests {

	private static final BigDecimal THRESHOLD = new BigDecimal("20");
	private static final Rubric ONE_CRITERION = new Rubric(
			List.of(new Criterion("OVERALL", BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("100"))),
			List.of("ELIGIBLE", "NO_MAJOR_LEAK"));

	private static SubmittedScore score(long expert, long declaration, String total, String... failedVetoItems) {
		return new SubmittedScore(expert, declaration, Map.of("OVERALL", new BigDecimal(total)),
				Set.of(failedVetoItems));
	}

	private static List<Declaration> points(long... ids) {
		List<Declaration> declarations = new ArrayList<>();
		for (long id : ids) {
			declarations.add(new Declaration(id, BaseType.POINT));
		}
		return declarations;
	}

	private static Result aggregate(List<Declaration> declarations, SubmittedScore... scores) {
		return ScoreAggregation.aggregate(ONE_CRITERION, declarations, List.of(scores), THRESHOLD);
	}

	private static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

	@Test
	void theTotalPlacesEachScoreWithinItsRangeWeightsItAndCountsOutOfAHundred() {
		Rubric rubric = new Rubric(List.of(new Criterion("RULES", decimal("3"), decimal("0"), decimal("10")),
				new Criterion("PEOPLE", decimal("1"), decimal("1"), decimal("5"))), List.of());
		// RULES 8 of 0–10 → 0.8, PEOPLE 4 of 1–5 → (4 − 1) / (5 − 1) = 0.75
		// 100 × (3 × 0.8 + 1 × 0.75) / (3 + 1) = 100 × 3.15 / 4 = 78.75
		SubmittedScore score = new SubmittedScore(1, 1, Map.of("RULES", decimal("8"), "PEOPLE", decimal("4")), Set.of());

		assertThat(ScoreAggregation.total(rubric, score)).isEqualByComparingTo("78.75");
	}

	@Test
	void weightsSummingToOneOverHundredPointRangesGiveTheWeightedSum() {
		Rubric rubric = new Rubric(List.of(new Criterion("A", decimal("0.6"), decimal("0"), decimal("100")),
				new Criterion("B", decimal("0.4"), decimal("0"), decimal("100"))), List.of());
		// 0.6 × 80 + 0.4 × 70 = 48 + 28 = 76
		SubmittedScore score = new SubmittedScore(1, 1, Map.of("A", decimal("80"), "B", decimal("70")), Set.of());

		assertThat(ScoreAggregation.total(rubric, score)).isEqualTo(decimal("76.00"));
	}

	@Test
	void totalsAreRoundedToTwoDecimalsHalfUp() {
		// 100 × 1 / 32 = 3.125 → 3.13 (half up; half even would give 3.12)
		Rubric rubric = new Rubric(List.of(new Criterion("A", decimal("1"), decimal("0"), decimal("32"))), List.of());
		// 100 × (2 × 0.7 + 1 × 0.2) / 3 = 160 / 3 = 53.333… → 53.33
		Rubric twoCriteria = new Rubric(List.of(new Criterion("A", decimal("2"), decimal("0"), decimal("10")),
				new Criterion("B", decimal("1"), decimal("0"), decimal("10"))), List.of());

		assertThat(ScoreAggregation.total(rubric, new SubmittedScore(1, 1, Map.of("A", decimal("1")), Set.of())))
			.isEqualTo(decimal("3.13"));
		assertThat(ScoreAggregation.total(twoCriteria,
				new SubmittedScore(1, 1, Map.of("A", decimal("7"), "B", decimal("2")), Set.of())))
			.isEqualTo(decimal("53.33"));
	}

	@Test
	void fourScoresGiveThePlainMeanAndFiveTheMeanWithoutTheHighestAndLowest() {
		Result result = aggregate(points(1, 2),
				// declaration 1, four totals 50, 80, 82, 84
				score(1, 1, "50"), score(2, 1, "80"), score(3, 1, "82"), score(4, 1, "84"),
				// declaration 2, the same and 99
				score(1, 2, "50"), score(2, 2, "80"), score(3, 2, "82"), score(4, 2, "84"), score(5, 2, "99"));

		DeclarationResult four = result.declaration(1);
		// mean (50 + 80 + 82 + 84) / 4 = 296 / 4 = 74; fewer than five: not trimmed
		assertThat(four.mean()).isEqualTo(decimal("74.00"));
		assertThat(four.trimmed()).isFalse();
		assertThat(four.trimmedMean()).isEqualTo(decimal("74.00"));
		// deviations −24, 6, 8, 10; squares 576 + 36 + 64 + 100 = 776; 776 / 4 = 194; √194 = 13.928… → 13.93
		assertThat(four.standardDeviation()).isEqualTo(decimal("13.93"));
		assertThat(four.spread()).isEqualTo(decimal("34.00"));

		DeclarationResult five = result.declaration(2);
		// mean 395 / 5 = 79; trimmed: without 50 and 99, (80 + 82 + 84) / 3 = 246 / 3 = 82
		assertThat(five.mean()).isEqualTo(decimal("79.00"));
		assertThat(five.trimmed()).isTrue();
		assertThat(five.trimmedMean()).isEqualTo(decimal("82.00"));
		// deviations −29, 1, 3, 5, 20; squares 841 + 1 + 9 + 25 + 400 = 1276; 1276 / 5 = 255.2; √255.2 = 15.974… → 15.97
		assertThat(five.standardDeviation()).isEqualTo(decimal("15.97"));
		assertThat(five.scoreCount()).isEqualTo(5);
		assertThat(five.totalsByExpert()).containsOnlyKeys(1L, 2L, 3L, 4L, 5L).containsEntry(5L, decimal("99.00"));
	}

	@Test
	void aDeclarationIsDivergentWhenItsSpreadIsAboveTheThreshold() {
		Result result = aggregate(points(1, 2, 3),
				// 90 − 60 = 30 > 20; mean 75, deviations ±15, standard deviation 15
				score(1, 1, "60"), score(2, 1, "90"),
				// 90 − 70 = 20, not above 20
				score(1, 2, "70"), score(2, 2, "90"),
				// 85 − 75 = 10
				score(1, 3, "75"), score(2, 3, "85"));

		assertThat(result.declaration(1).divergent()).isTrue();
		assertThat(result.declaration(1).spread()).isEqualTo(decimal("30.00"));
		assertThat(result.declaration(1).standardDeviation()).isEqualTo(decimal("15.00"));
		assertThat(result.declaration(2).divergent()).isFalse();
		assertThat(result.declaration(2).spread()).isEqualTo(decimal("20.00"));
		assertThat(result.declaration(3).divergent()).isFalse();
	}

	@Test
	void eachCriterionIsAveragedOnItsOwnScale() {
		Rubric rubric = new Rubric(List.of(new Criterion("A", decimal("0.6"), decimal("0"), decimal("100")),
				new Criterion("B", decimal("0.4"), decimal("0"), decimal("100"))), List.of());
		List<SubmittedScore> scores = List.of(
				// totals 0.6 × 80 + 0.4 × 70 = 76, 0.6 × 90 + 0.4 × 65 = 80, 0.6 × 85 + 0.4 × 60 = 75
				new SubmittedScore(1, 7, Map.of("A", decimal("80"), "B", decimal("70")), Set.of()),
				new SubmittedScore(2, 7, Map.of("A", decimal("90"), "B", decimal("65")), Set.of()),
				new SubmittedScore(3, 7, Map.of("A", decimal("85"), "B", decimal("60")), Set.of()));

		DeclarationResult result = ScoreAggregation.aggregate(rubric, points(7), scores, THRESHOLD).declaration(7);

		// A: (80 + 90 + 85) / 3 = 85; B: (70 + 65 + 60) / 3 = 65; total: (76 + 80 + 75) / 3 = 231 / 3 = 77
		assertThat(result.criterionMeans()).containsExactly(Map.entry("A", decimal("85.00")),
				Map.entry("B", decimal("65.00")));
		assertThat(result.mean()).isEqualTo(decimal("77.00"));
	}

	@Test
	void oneFailedVetoItemFailsTheDeclarationWhichThenComesLastWithoutAPosition() {
		Result result = aggregate(points(1, 2, 3),
				// the best scores, but expert 2 marks "no major leak" failed
				score(1, 1, "95"), score(2, 1, "96", "NO_MAJOR_LEAK"), score(3, 1, "97"),
				score(1, 2, "70"), score(2, 2, "70"), score(3, 2, "70"));

		DeclarationResult vetoed = result.declaration(1);
		assertThat(vetoed.vetoed()).isTrue();
		assertThat(vetoed.vetoFailures()).containsExactly(Map.entry("NO_MAJOR_LEAK", List.of(2L)));
		assertThat(vetoed.mean()).isEqualTo(decimal("96.00"));
		assertThat(result.declaration(2).vetoed()).isFalse();

		// ranked, then vetoed, then unscored (declaration 3 has no score)
		assertThat(result.ranking(BaseType.POINT).raw()).containsExactly(
				new Place(2, 1, decimal("70.00"), false, false), new Place(1, null, decimal("96.00"), false, true),
				new Place(3, null, null, false, false));
		assertThat(result.ranking(BaseType.POINT).normalised()).extracting(Place::declarationId)
			.containsExactly(2L, 1L, 3L);
		assertThat(result.declaration(3).scoreCount()).isZero();
		assertThat(result.declaration(3).mean()).isNull();
	}

	@Test
	void normalisingEachExpertsScoresCorrectsForALenientAndAHarshExpert() {
		Result result = aggregate(points(1, 2, 3),
				// expert 1, lenient: 95 and 85, mean 90, deviation 5 → z = +1 for declaration 1, −1 for 2
				score(1, 1, "95"), score(1, 2, "85"),
				// expert 2, harsh: 60 and 70, mean 65, deviation 5 → z = −1 for declaration 2, +1 for 3
				score(2, 2, "60"), score(2, 3, "70"),
				// expert 3: 80 and 74, mean 77, deviation 3 → z = +1 for declaration 1, −1 for 3
				score(3, 1, "80"), score(3, 3, "74"));

		// raw: 1 → (95 + 80) / 2 = 87.50; 2 → (85 + 60) / 2 = 72.50; 3 → (70 + 74) / 2 = 72.00
		assertThat(result.ranking(BaseType.POINT).raw()).extracting(Place::declarationId, Place::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, decimal("87.50")),
					org.assertj.core.groups.Tuple.tuple(2L, decimal("72.50")),
					org.assertj.core.groups.Tuple.tuple(3L, decimal("72.00")));
		// z: 1 → (1 + 1) / 2 = 1; 2 → (−1 − 1) / 2 = −1; 3 → (1 − 1) / 2 = 0. Declaration 2 was the weaker for both
		// its experts: only the lenient one lifted it above declaration 3.
		assertThat(result.ranking(BaseType.POINT).normalised()).extracting(Place::declarationId, Place::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, decimal("1.0000")),
					org.assertj.core.groups.Tuple.tuple(3L, decimal("0.0000")),
					org.assertj.core.groups.Tuple.tuple(2L, decimal("-1.0000")));
		assertThat(result.expert(1).mean()).isEqualTo(decimal("90.00"));
		assertThat(result.expert(1).standardDeviation()).isEqualTo(decimal("5.00"));
		assertThat(result.expert(2).zScoresByDeclaration()).containsExactly(Map.entry(2L, decimal("-1.0000")),
				Map.entry(3L, decimal("1.0000")));
		assertThat(result.expert(3).standardDeviation()).isEqualTo(decimal("3.00"));
	}

	@Test
	void anExpertWithOneScoreOrScoresThatDoNotVaryIsNeutral() {
		Result result = aggregate(points(1, 2),
				// expert 1 scored once, expert 2 gave 80 twice: deviation 0, so z = 0
				score(1, 1, "50"), score(2, 1, "80"), score(2, 2, "80"),
				// expert 3: 90 and 70, mean 80, deviation 10 → z = +1 and −1
				score(3, 1, "90"), score(3, 2, "70"));

		assertThat(result.expert(1).zScoresByDeclaration()).containsExactly(Map.entry(1L, decimal("0.0000")));
		assertThat(result.expert(2).standardDeviation()).isEqualTo(decimal("0.00"));
		// declaration 1: (0 + 0 + 1) / 3 = 0.3333; declaration 2: (0 − 1) / 2 = −0.5
		assertThat(result.declaration(1).meanZScore()).isEqualTo(decimal("0.3333"));
		assertThat(result.declaration(2).meanZScore()).isEqualTo(decimal("-0.5000"));
	}

	@Test
	void equalScoresAreOrderedByDeclarationIdAndMarkedTied() {
		Result result = aggregate(points(5, 3, 4),
				// one expert: 80, 85, 80; mean 245 / 3 = 81.667; deviations −5/3, 10/3, −5/3; variance (25 + 100 + 25)
				// / 9 / 3 = 50/9; deviation 5√2/3 = 2.357; z = −1/√2 = −0.7071 (3 and 5) and √2 = 1.4142 (4)
				score(1, 5, "80"), score(1, 3, "80"), score(1, 4, "85"));

		assertThat(result.ranking(BaseType.POINT).raw()).containsExactly(new Place(4, 1, decimal("85.00"), false, false),
				new Place(3, 2, decimal("80.00"), true, false), new Place(5, 3, decimal("80.00"), true, false));
		assertThat(result.ranking(BaseType.POINT).normalised()).containsExactly(
				new Place(4, 1, decimal("1.4142"), false, false), new Place(3, 2, decimal("-0.7071"), true, false),
				new Place(5, 3, decimal("-0.7071"), true, false));
	}

	@Test
	void pointsAndZonesAreRankedSeparately() {
		List<Declaration> declarations = List.of(new Declaration(1, BaseType.POINT), new Declaration(2, BaseType.POINT),
				new Declaration(3, BaseType.ZONE));

		Result result = aggregate(declarations, score(1, 1, "70"), score(1, 2, "80"), score(1, 3, "60"));

		assertThat(result.rankings()).extracting(ScoreAggregation.Ranking::baseType)
			.containsExactly(BaseType.POINT, BaseType.ZONE);
		assertThat(result.ranking(BaseType.POINT).raw()).extracting(Place::declarationId, Place::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1), org.assertj.core.groups.Tuple.tuple(1L, 2));
		assertThat(result.ranking(BaseType.ZONE).raw()).extracting(Place::declarationId, Place::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 1));
	}

	@Test
	void scoresThatDoNotFitTheRubricOrTheRoundAreRefused() {
		List<Declaration> one = points(1);
		SubmittedScore fine = score(1, 1, "50");
		assertThat(aggregate(one, fine).declaration(1).mean()).isEqualTo(decimal("50.00"));

		assertThatIllegalArgumentException().isThrownBy(() -> aggregate(one, score(1, 1, "100.5")));
		assertThatIllegalArgumentException().isThrownBy(() -> aggregate(one, score(1, 1, "-1")));
		assertThatIllegalArgumentException().isThrownBy(() -> aggregate(one, score(1, 2, "50")));
		assertThatIllegalArgumentException().isThrownBy(() -> aggregate(one, fine, score(1, 1, "60")));
		assertThatIllegalArgumentException().isThrownBy(() -> aggregate(one, score(1, 1, "50", "UNKNOWN")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> aggregate(one, new SubmittedScore(1, 1, Map.of(), Set.of())));
		assertThatIllegalArgumentException().isThrownBy(() -> aggregate(one,
				new SubmittedScore(1, 1, Map.of("OVERALL", decimal("5"), "EXTRA", decimal("5")), Set.of())));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Criterion("A", decimal("0"), decimal("0"), decimal("10")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Criterion("A", decimal("1"), decimal("10"), decimal("10")));
		assertThatIllegalArgumentException().isThrownBy(() -> new Rubric(List.of(), List.of()));
	}
}
