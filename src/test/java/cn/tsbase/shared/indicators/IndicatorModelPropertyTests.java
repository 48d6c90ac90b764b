package cn.tsbase.shared.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.tsbase.shared.indicators.IndicatorModel.Dimension;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * Properties of the indicator model over random models and score sets (ADR 0009: seeded generators, a failing case is
 * named by its seed): scores each item accepts never total more than the points, a failed veto item always grades
 * 不合格, and otherwise the grade is the thresholds' grade of the total.
 */
class IndicatorModelPropertyTests {

	static LongStream seeds() {
		return LongStream.range(0, 300);
	}

	record Case(IndicatorModel model, GradeThresholds thresholds, Map<String, BigDecimal> scores, Set<String> failed) {
	}

	static Case generate(long seed) {
		Random random = new Random(seed);
		List<Dimension> dimensions = new ArrayList<>();
		int code = 0;
		int dimensionCount = 1 + random.nextInt(4);
		for (int d = 0; d < dimensionCount; d++) {
			List<Indicator> items = new ArrayList<>();
			int itemCount = random.nextInt(6);
			for (int i = 0; i < itemCount; i++) {
				String itemCode = "I" + (++code);
				if (random.nextInt(6) == 0) {
					items.add(Indicator.vetoOnly(itemCode, "基本项" + code));
				}
				else {
					BigDecimal points = BigDecimal.valueOf(1 + random.nextInt(40));
					items.add(random.nextInt(4) == 0
							? Indicator.ranged(itemCode, "指标" + code, BigDecimal.valueOf(random.nextInt(points.intValue())),
									points, BigDecimal.valueOf(1 + random.nextInt(5)))
							: new Indicator(itemCode, "指标" + code, points, null, null, false, null));
				}
			}
			dimensions.add(new Dimension("D" + d, "维度" + d, items));
		}
		IndicatorModel model = new IndicatorModel(dimensions);
		Map<String, BigDecimal> scores = new HashMap<>();
		Set<String> failed = new HashSet<>();
		for (Indicator item : model.indicators()) {
			if (item.veto()) {
				if (random.nextInt(5) == 0) {
					failed.add(item.code());
				}
			}
			else if (random.nextInt(8) != 0) {
				// half points between the lowest and the points, both included
				int steps = item.points().subtract(item.lowest()).intValue() * 2;
				scores.put(item.code(), item.lowest().add(BigDecimal.valueOf(random.nextInt(steps + 1), 1).multiply(BigDecimal.valueOf(5))));
			}
		}
		int pass = random.nextInt(61);
		int good = pass + 1 + random.nextInt(20);
		int excellent = good + 1 + random.nextInt(20);
		return new Case(model, new GradeThresholds(BigDecimal.valueOf(excellent), BigDecimal.valueOf(good),
				BigDecimal.valueOf(pass)), scores, failed);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void acceptedScoresNeverTotalMoreThanThePointsNorLessThanNothing(long seed) {
		Case c = generate(seed);
		c.scores().forEach((code, score) -> assertThat(c.model().indicator(code).orElseThrow().accepts(score))
			.as("seed %d: %s = %s", seed, code, score)
			.isTrue());
		BigDecimal total = c.model().total(c.scores()::get);
		assertThat(total).as("seed %d", seed).isBetween(BigDecimal.ZERO, c.model().totalPoints());
		assertThat(total).isEqualByComparingTo(c.scores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void aFailedVetoItemNeverYieldsPassOrBetter(long seed) {
		Case c = generate(seed);
		Grade grade = c.model().grade(c.scores()::get, c.failed()::contains, c.thresholds());
		if (!c.failed().isEmpty()) {
			assertThat(grade).as("seed %d", seed).isEqualTo(Grade.FAIL);
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void withoutAFailedVetoItemTheGradeIsTheBandTheTotalFallsIn(long seed) {
		Case c = generate(seed);
		BigDecimal total = c.model().total(c.scores()::get);
		Grade grade = c.model().grade(c.scores()::get, code -> false, c.thresholds());
		Grade expected = total.compareTo(c.thresholds().excellentMin()) >= 0 ? Grade.EXCELLENT
				: total.compareTo(c.thresholds().goodMin()) >= 0 ? Grade.GOOD
						: total.compareTo(c.thresholds().passMin()) >= 0 ? Grade.PASS : Grade.FAIL;
		assertThat(grade).as("seed %d: total %s", seed, total).isEqualTo(expected);
		// a higher total never gets a worse grade
		BigDecimal more = total.add(BigDecimal.TEN);
		assertThat(c.thresholds().gradeOf(more, false).atLeast(grade)).as("seed %d", seed).isTrue();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everyItemOfAValidModelRejectsScoresOutsideItsRange(long seed) {
		Case c = generate(seed);
		for (Indicator item : c.model().criteria()) {
			assertThat(item.problems()).as("seed %d: %s", seed, item.code()).isEmpty();
			assertThat(item.accepts(item.lowest().subtract(new BigDecimal("0.01")))).isFalse();
			assertThat(item.accepts(item.points().add(new BigDecimal("0.01")))).isFalse();
			assertThat(item.accepts(item.lowest())).isTrue();
			assertThat(item.accepts(item.points())).isTrue();
		}
	}

	/** The generator must produce the interesting cases: failed vetoes, ranged items and every grade. */
	@Test
	void theGeneratorCoversVetoesRangesAndEveryGrade() {
		Set<Grade> grades = new HashSet<>();
		int vetoed = 0;
		int ranged = 0;
		for (long seed : seeds().toArray()) {
			Case c = generate(seed);
			grades.add(c.model().grade(c.scores()::get, c.failed()::contains, c.thresholds()));
			vetoed += c.failed().isEmpty() ? 0 : 1;
			ranged += c.model().indicators().stream().anyMatch(i -> i.minimum() != null) ? 1 : 0;
		}
		assertThat(grades).containsExactlyInAnyOrder(Grade.values());
		assertThat(vetoed).isGreaterThan(20);
		assertThat(ranged).isGreaterThan(50);
	}
}
