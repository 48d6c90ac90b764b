package cn.tsbase.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.tsbase.evaluation.internal.GradingPolicy.Candidate;
import cn.tsbase.evaluation.internal.GradingPolicy.Result;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.indicators.GradeThresholds;

/**
 * Properties of the grading policy over random rounds (ADR 0009: seeded generators, a failing case is named by its
 * seed): the cap is never exceeded, a failed veto item never yields 合格 or better, and before the cap the grade is
 * the thresholds' grade.
 */
class GradingPolicyPropertyTests {

	private static final String[] DISTRICTS = { "110101", "110102", "110105", "110108" };

	static LongStream seeds() {
		return LongStream.range(0, 250);
	}

	record Case(GradingPolicy policy, GradeThresholds thresholds, int capPercent, CapScope scope,
			List<Candidate> candidates) {
	}

	static Case generate(long seed) {
		Random random = new Random(seed);
		int pass = 40 + random.nextInt(30);
		int good = pass + 1 + random.nextInt(15);
		int excellent = good + 1 + random.nextInt(10);
		GradeThresholds thresholds = new GradeThresholds(BigDecimal.valueOf(excellent), BigDecimal.valueOf(good),
				BigDecimal.valueOf(pass));
		int cap = random.nextInt(5) == 0 ? random.nextInt(101) : 5 + random.nextInt(30);
		CapScope scope = random.nextBoolean() ? CapScope.DISTRICT : CapScope.OVERALL;
		int n = random.nextInt(60);
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			// totals on a coarse half-point grid near the top so that ties at the cap are frequent
			BigDecimal total = BigDecimal.valueOf(random.nextBoolean() ? 180 + random.nextInt(21) : random.nextInt(201))
				.divide(BigDecimal.valueOf(2));
			candidates.add(new Candidate(1000 + i, DISTRICTS[random.nextInt(DISTRICTS.length)], total,
					random.nextInt(8) == 0));
		}
		return new Case(new GradingPolicy(thresholds, cap, scope), thresholds, cap, scope, candidates);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theCapIsNeverExceeded(long seed) {
		Case c = generate(seed);
		List<Result> results = c.policy().grade(c.candidates());
		Function<Candidate, String> group = x -> c.scope() == CapScope.DISTRICT ? x.districtCode() : "";
		Map<String, Long> sizes = c.candidates().stream().collect(Collectors.groupingBy(group, Collectors.counting()));
		Map<Long, Candidate> byId = c.candidates().stream().collect(Collectors.toMap(Candidate::id, x -> x));
		Map<String, Long> excellent = results.stream()
			.filter(r -> r.grade() == Grade.EXCELLENT)
			.collect(Collectors.groupingBy(r -> group.apply(byId.get(r.id())), Collectors.counting()));
		excellent.forEach((key, count) -> assertThat(count)
			.isLessThanOrEqualTo(GradingPolicy.places(sizes.get(key).intValue(), c.capPercent())));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aFailedVetoItemNeverYieldsPassOrBetter(long seed) {
		Case c = generate(seed);
		List<Result> results = c.policy().grade(c.candidates());
		for (int i = 0; i < results.size(); i++) {
			if (c.candidates().get(i).vetoFailed()) {
				assertThat(results.get(i).grade()).isEqualTo(Grade.FAIL);
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void beforeTheCapTheGradeIsTheThresholdsGradeAndTheCapOnlyTurnsExcellentIntoGood(long seed) {
		Case c = generate(seed);
		List<Result> results = c.policy().grade(c.candidates());
		assertThat(results).hasSameSizeAs(c.candidates());
		for (int i = 0; i < results.size(); i++) {
			Candidate candidate = c.candidates().get(i);
			Result result = results.get(i);
			assertThat(result.id()).isEqualTo(candidate.id());
			assertThat(result.uncapped()).isEqualTo(expected(c.thresholds(), candidate));
			if (result.capped()) {
				assertThat(result.uncapped()).isEqualTo(Grade.EXCELLENT);
				assertThat(result.grade()).isEqualTo(Grade.GOOD);
			}
			else {
				assertThat(result.grade()).isEqualTo(result.uncapped());
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aBaseKeepsExcellentOnlyWhenNoBaseOutsideTheCapHasTheSameOrAHigherTotal(long seed) {
		Case c = generate(seed);
		List<Result> results = c.policy().grade(c.candidates());
		Map<Long, Candidate> byId = c.candidates().stream().collect(Collectors.toMap(Candidate::id, x -> x));
		for (Result kept : results) {
			if (kept.grade() != Grade.EXCELLENT) {
				continue;
			}
			Candidate k = byId.get(kept.id());
			for (Result out : results) {
				Candidate o = byId.get(out.id());
				boolean sameGroup = c.scope() == CapScope.OVERALL || o.districtCode().equals(k.districtCode());
				if (out.capped() && sameGroup) {
					assertThat(o.total()).isLessThan(k.total());
				}
			}
		}
	}

	/** The generator must produce interesting rounds: some where the cap bites, some where it cuts through a tie. */
	@Test
	void theGeneratorProducesRoundsWhereTheCapBitesAndWhereItCutsThroughATie() {
		long biting = seeds().filter(s -> {
			Case c = generate(s);
			return c.policy().grade(c.candidates()).stream().anyMatch(Result::capped);
		}).count();
		long tied = seeds().filter(s -> {
			Case c = generate(s);
			return c.policy().grade(c.candidates()).stream().anyMatch(r -> r.capped() && r.capReason().tied());
		}).count();
		assertThat(biting).isGreaterThan(50);
		assertThat(tied).isGreaterThan(5);
	}

	private static Grade expected(GradeThresholds t, Candidate c) {
		if (c.vetoFailed() || c.total().compareTo(t.passMin()) < 0) {
			return Grade.FAIL;
		}
		if (c.total().compareTo(t.excellentMin()) >= 0) {
			return Grade.EXCELLENT;
		}
		return c.total().compareTo(t.goodMin()) >= 0 ? Grade.GOOD : Grade.PASS;
	}
}
