package cn.tsbase.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.tsbase.evaluation.internal.GradingPolicy.Candidate;
import cn.tsbase.evaluation.internal.GradingPolicy.Result;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.indicators.GradeThresholds;

class GradingPolicyTests {

	private static final GradeThresholds THRESHOLDS = new GradeThresholds(new BigDecimal("90"), new BigDecimal("80"),
			new BigDecimal("60"));

	private static Candidate candidate(long id, String district, String total) {
		return new Candidate(id, district, new BigDecimal(total), false);
	}

	@Test
	void gradesByThresholdsWithTheLowerBoundIncluded() {
		assertThat(THRESHOLDS.gradeOf(new BigDecimal("90.0"), false)).isEqualTo(Grade.EXCELLENT);
		assertThat(THRESHOLDS.gradeOf(new BigDecimal("89.9"), false)).isEqualTo(Grade.GOOD);
		assertThat(THRESHOLDS.gradeOf(new BigDecimal("60"), false)).isEqualTo(Grade.PASS);
		assertThat(THRESHOLDS.gradeOf(new BigDecimal("59.5"), false)).isEqualTo(Grade.FAIL);
		assertThat(THRESHOLDS.gradeOf(new BigDecimal("100"), true)).isEqualTo(Grade.FAIL);
	}

	@Test
	void refusesThresholdsThatDoNotRise() {
		assertThatThrownBy(() -> new GradeThresholds(new BigDecimal("80"), new BigDecimal("80"), new BigDecimal("60")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theCapKeepsTheHighestTotalsAndGradesTheRestGoodWithTheirRank() {
		GradingPolicy policy = new GradingPolicy(THRESHOLDS, 20, CapScope.OVERALL);
		List<Result> results = policy.grade(List.of(candidate(1, "a", "95"), candidate(2, "a", "97"),
				candidate(3, "b", "91"), candidate(4, "b", "70"), candidate(5, "b", "50"), candidate(6, "a", "85"),
				candidate(7, "a", "82"), candidate(8, "b", "81"), candidate(9, "a", "61"), candidate(10, "a", "66")));
		// ten bases, 20 %: two places
		assertThat(results.get(1).grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(results.get(0).grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(results.get(2).grade()).isEqualTo(Grade.GOOD);
		assertThat(results.get(2).capReason()).isEqualTo(new GradingPolicy.CapReason(3, 2, 10, false));
		assertThat(results.get(4).grade()).isEqualTo(Grade.FAIL);
	}

	@Test
	void whenTheCapCutsThroughATieNoneOfTheTiedBasesKeepsExcellent() {
		GradingPolicy policy = new GradingPolicy(THRESHOLDS, 20, CapScope.OVERALL);
		List<Result> results = policy.grade(List.of(candidate(1, "a", "96"), candidate(2, "a", "93"),
				candidate(3, "a", "93"), candidate(4, "a", "70"), candidate(5, "a", "70"), candidate(6, "a", "70"),
				candidate(7, "a", "70"), candidate(8, "a", "70"), candidate(9, "a", "70"), candidate(10, "a", "70")));
		assertThat(results.get(0).grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(results.get(1).grade()).isEqualTo(Grade.GOOD);
		assertThat(results.get(2).grade()).isEqualTo(Grade.GOOD);
		assertThat(results.get(1).capReason().tied()).isTrue();
	}

	@Test
	void theCapPerDistrictCountsEachDistrictOnItsOwn() {
		GradingPolicy policy = new GradingPolicy(THRESHOLDS, 50, CapScope.DISTRICT);
		List<Result> results = policy.grade(List.of(candidate(1, "a", "95"), candidate(2, "a", "94"),
				candidate(3, "b", "93"), candidate(4, "b", "20")));
		assertThat(results).extracting(Result::grade)
			.containsExactly(Grade.EXCELLENT, Grade.GOOD, Grade.EXCELLENT, Grade.FAIL);
	}

	@Test
	void theTotalIgnoresMissingScores() {
		assertThat(GradingPolicy.total(java.util.Arrays.asList(new BigDecimal("4.5"), null, new BigDecimal("3"))))
			.isEqualByComparingTo("7.5");
	}
}
