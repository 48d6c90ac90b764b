package cn.tsbase.shared.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.shared.indicators.IndicatorModel.Dimension;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.indicators.IndicatorModel.Problem;

/** The one indicator model that evaluation, the district review and the expert rubric share (ADR 0030). */
class IndicatorModelTests {

	private static final GradeThresholds THRESHOLDS = new GradeThresholds(decimal("90"), decimal("75"), decimal("60"));

	private static final IndicatorModel MODEL = new IndicatorModel(List.of(
			new Dimension("S", "建设标准", List.of(item("S1", "40"), item("S2", "30"))),
			new Dimension("E", "管理要素", List.of(item("E1", "30"))),
			new Dimension("V", "基本项", List.of(Indicator.vetoOnly("V1", "未发生重大泄密事件")))));

	@Test
	void totalsThePointsOfEveryItemAndTheScoresGivenIgnoringMissingOnesAndUnknownCodes() {
		assertThat(MODEL.totalPoints()).isEqualByComparingTo("100");
		Map<String, BigDecimal> scores = Map.of("S1", decimal("38.5"), "E1", decimal("20"), "X9", decimal("50"));
		assertThat(MODEL.total(scores::get)).isEqualByComparingTo("58.5");
	}

	@Test
	void separatesScoredCriteriaFromVetoItems() {
		assertThat(MODEL.criteria()).extracting(Indicator::code).containsExactly("S1", "S2", "E1");
		assertThat(MODEL.vetoItems()).extracting(Indicator::code).containsExactly("V1");
	}

	@Test
	void aFailedVetoItemFailsWhateverTheTotal() {
		Map<String, BigDecimal> full = Map.of("S1", decimal("40"), "S2", decimal("30"), "E1", decimal("30"));
		assertThat(MODEL.grade(full::get, Set.of()::contains, THRESHOLDS)).isEqualTo(Grade.EXCELLENT);
		assertThat(MODEL.grade(full::get, Set.of("V1")::contains, THRESHOLDS)).isEqualTo(Grade.FAIL);
		// failing a criterion's code is no veto: only veto items veto
		assertThat(MODEL.vetoFailed(Set.of("S1")::contains)).isFalse();
	}

	@Test
	void theThresholdsGiveTheGradeAtTheirBounds() {
		assertThat(THRESHOLDS.gradeOf(decimal("90"), false)).isEqualTo(Grade.EXCELLENT);
		assertThat(THRESHOLDS.gradeOf(decimal("89.99"), false)).isEqualTo(Grade.GOOD);
		assertThat(THRESHOLDS.gradeOf(decimal("75"), false)).isEqualTo(Grade.GOOD);
		assertThat(THRESHOLDS.gradeOf(decimal("60"), false)).isEqualTo(Grade.PASS);
		assertThat(THRESHOLDS.gradeOf(decimal("59.5"), false)).isEqualTo(Grade.FAIL);
	}

	@Test
	void thresholdsMustRise() {
		assertThat(GradeThresholds.rise(decimal("90"), decimal("75"), decimal("60"))).isTrue();
		assertThat(GradeThresholds.rise(decimal("90"), decimal("60"), decimal("60"))).isFalse();
		assertThat(GradeThresholds.rise(decimal("75"), decimal("75"), decimal("60"))).isFalse();
		assertThat(GradeThresholds.rise(decimal("90"), decimal("75"), decimal("-1"))).isFalse();
		assertThat(GradeThresholds.rise(null, decimal("75"), decimal("60"))).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GradeThresholds(decimal("60"), decimal("75"), decimal("90")));
	}

	@Test
	void anItemAcceptsScoresFromItsLowestToItsPoints() {
		Indicator plain = item("A", "8");
		assertThat(plain.accepts(decimal("0"))).isTrue();
		assertThat(plain.accepts(decimal("8"))).isTrue();
		assertThat(plain.accepts(decimal("8.01"))).isFalse();
		assertThat(plain.accepts(decimal("-0.5"))).isFalse();
		assertThat(plain.accepts(null)).isFalse();
		Indicator ranged = Indicator.ranged("C1", "保密制度", decimal("1"), decimal("10"), decimal("3"));
		assertThat(ranged.accepts(decimal("0.99"))).isFalse();
		assertThat(ranged.accepts(decimal("1"))).isTrue();
		assertThat(ranged.weighting()).isEqualByComparingTo("3");
		assertThat(plain.weighting()).isEqualByComparingTo("8");
	}

	@Test
	void namesTheProblemsOfAnItem() {
		assertThat(item("A", "8").problems()).isEmpty();
		assertThat(new Indicator("A", " ", decimal("8"), null, null, false, null).problems()).containsExactly(Problem.NAME);
		assertThat(new Indicator("A", "名".repeat(IndicatorModel.NAME_MAX + 1), decimal("8"), null, null, false, null)
			.problems()).containsExactly(Problem.NAME);
		assertThat(item("A", "-1").problems()).containsExactly(Problem.POINTS);
		assertThat(new Indicator("A", "名", null, null, null, false, null).problems()).containsExactly(Problem.POINTS);
		assertThat(Indicator.ranged("C1", "名", decimal("10"), decimal("10"), decimal("1")).problems())
			.containsExactly(Problem.RANGE);
		assertThat(Indicator.ranged("C1", "名", decimal("-1"), decimal("10"), decimal("1")).problems())
			.containsExactly(Problem.RANGE);
		assertThat(Indicator.ranged("C1", "名", decimal("0"), decimal("10"), decimal("0")).problems())
			.containsExactly(Problem.WEIGHT);
	}

	@Test
	void aModelRefusesDuplicateCodesAndItemsWithProblemsOtherThanTheirName() {
		assertThatIllegalArgumentException().isThrownBy(() -> IndicatorModel.of(List.of(item("A", "1"), item("A", "2"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IndicatorModel(List.of(new Dimension("A", "维度", List.of(item("A", "1"))))));
		assertThatIllegalArgumentException().isThrownBy(() -> IndicatorModel.of(List.of(item("A", "-1"))));
		assertThatIllegalArgumentException().isThrownBy(() -> IndicatorModel
			.of(List.of(Indicator.ranged("C1", "名", decimal("5"), decimal("4"), decimal("1")))));
		assertThat(IndicatorModel.of(List.of(new Indicator("A", "", decimal("1"), null, null, false, null)))
			.indicators()).hasSize(1);
	}

	@Test
	void replacesOneItemByCode() {
		IndicatorModel changed = MODEL.with(item("S2", "20"));
		assertThat(changed.indicator("S2")).get().extracting(Indicator::points).isEqualTo(decimal("20"));
		assertThat(changed.totalPoints()).isEqualByComparingTo("90");
		assertThat(MODEL.totalPoints()).isEqualByComparingTo("100");
	}

	@Test
	void theStoredJsonOfAnUnweightedItemKeepsItsShapeAndReadsBack() {
		JsonMapper json = JsonMapper.builder().build();
		IndicatorModel stored = IndicatorModel.of(List.of(
				new Indicator("T1", "培训", decimal("8"), "按计划", "记录", false, "TRAININGS_AGAINST_TARGET")));
		String text = json.writeValueAsString(stored);
		assertThat(text).doesNotContain("minimum").doesNotContain("weight").contains("\"dataSource\":\"TRAININGS_AGAINST_TARGET\"");
		assertThat(json.readValue(text, IndicatorModel.class)).isEqualTo(stored);
		// what evaluation stored before the model moved here
		String before = "{\"dimensions\":[{\"code\":\"S\",\"name\":\"建设标准\",\"indicators\":[{\"code\":\"S1\",\"name\":\"领导机构\","
				+ "\"points\":8,\"guidance\":null,\"evidence\":null,\"veto\":false,\"dataSource\":\"PLAN_ACCEPTED\"}]}]}";
		IndicatorModel read = json.readValue(before, IndicatorModel.class);
		assertThat(read.indicator("S1")).get().extracting(Indicator::dataSource).isEqualTo("PLAN_ACCEPTED");
		assertThat(read.indicator("S1").orElseThrow().lowest()).isEqualByComparingTo("0");
		IndicatorModel ranged = IndicatorModel
			.of(List.of(Indicator.ranged("C1", "名", decimal("1"), decimal("10"), decimal("0.25"))));
		assertThat(json.readValue(json.writeValueAsString(ranged), IndicatorModel.class)).isEqualTo(ranged);
	}

	static Indicator item(String code, String points) {
		return new Indicator(code, "指标" + code, decimal(points), null, null, false, null);
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}
}
