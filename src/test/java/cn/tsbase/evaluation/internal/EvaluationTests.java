package cn.tsbase.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.indicators.IndicatorModel;

/** The evaluation aggregate guards its steps and computes the proposed grade from the scores. */
class EvaluationTests {

	private static final IndicatorModel CONTENT = DefaultIndicators.content(BaseType.POINT);

	private static final Instant NOW = Instant.parse("2026-01-10T02:00:00Z");

	private static Evaluation submitted() {
		Evaluation e = new Evaluation(1, 2, 3, "测试公司", "110102", BaseType.POINT, 4);
		org.springframework.test.util.ReflectionTestUtils.setField(e, "id", 9L);
		Map<String, Evaluation.SelfInput> self = new LinkedHashMap<>();
		CONTENT.indicators().forEach(i -> self.put(i.code(), new Evaluation.SelfInput("说明", i.veto() ? null : i.points())));
		e.writeSelfEvaluation(CONTENT, self);
		e.submitSelfEvaluation(CONTENT, NOW);
		return e;
	}

	private static Map<String, Evaluation.DistrictInput> full(boolean vetoFails) {
		Map<String, Evaluation.DistrictInput> scores = new LinkedHashMap<>();
		CONTENT.indicators().forEach(i -> scores.put(i.code(),
				new Evaluation.DistrictInput(i.veto() ? null : i.points(), "意见", vetoFails && i.code().equals("V1"))));
		return scores;
	}

	@Test
	void theDefaultSystemTotalsOneHundredPointsWithTwoVetoItems() {
		assertThat(CONTENT.totalPoints()).isEqualByComparingTo("100");
		assertThat(CONTENT.indicators().stream().filter(IndicatorModel.Indicator::veto).count()).isEqualTo(2);
		assertThat(DefaultIndicators.content(BaseType.ZONE).totalPoints()).isEqualByComparingTo("100");
	}

	@Test
	void fullScoresProposeExcellentAndAFailedVetoItemProposesFail() {
		Evaluation good = submitted();
		good.score(CONTENT, full(false));
		assertThat(good.propose(CONTENT, DefaultIndicators.THRESHOLDS, NOW)).isEqualTo(Grade.EXCELLENT);
		assertThat(good.getDistrictTotal()).isEqualByComparingTo("100");
		Evaluation vetoed = submitted();
		vetoed.score(CONTENT, full(true));
		assertThat(vetoed.propose(CONTENT, DefaultIndicators.THRESHOLDS, NOW)).isEqualTo(Grade.FAIL);
	}

	@Test
	void theUnitCannotChangeASubmittedSelfEvaluationUntilASupplementIsRequested() {
		Evaluation e = submitted();
		assertThatThrownBy(() -> e.writeSelfEvaluation(CONTENT, Map.of("S1", new Evaluation.SelfInput("改", null))))
			.isInstanceOf(StateConflictException.class);
		e.requestSupplement("补充材料", LocalDate.of(2026, 1, 17));
		e.writeSelfEvaluation(CONTENT, Map.of("S1", new Evaluation.SelfInput("已补充", BigDecimal.ONE)));
		assertThat(e.getItems().entry("S1").selfText()).isEqualTo("已补充");
	}

	@Test
	void aScoreAboveTheIndicatorsPointsIsRefused() {
		Evaluation e = submitted();
		assertThatThrownBy(() -> e.score(CONTENT, Map.of("S1", new Evaluation.DistrictInput(new BigDecimal("6.5"), null,
				false)))).isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void proposingBeforeEveryIndicatorIsScoredAndAdjustingBeforeAProposalAreRefused() {
		Evaluation e = submitted();
		e.score(CONTENT, Map.of("S1", new Evaluation.DistrictInput(BigDecimal.ONE, null, false)));
		assertThatThrownBy(() -> e.propose(CONTENT, DefaultIndicators.THRESHOLDS, NOW))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> e.adjust(CONTENT, "S1", BigDecimal.ONE, false, "理由"))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void anAdjustmentChangesTheTotalAndClearsTheGradeUntilTheCapIsAppliedAgain() {
		Evaluation e = submitted();
		e.score(CONTENT, full(false));
		e.propose(CONTENT, DefaultIndicators.THRESHOLDS, NOW);
		e.grade(Grade.EXCELLENT, null);
		e.adjust(CONTENT, "S1", new BigDecimal("2"), false, "核查发现经费未落实");
		assertThat(e.getFinalTotal()).isEqualByComparingTo("96");
		assertThat(e.getFinalGrade()).isNull();
		assertThatThrownBy(e::publish).isInstanceOf(StateConflictException.class);
	}
}
