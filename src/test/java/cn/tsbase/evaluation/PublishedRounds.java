package cn.tsbase.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.EvaluationRounds;
import cn.tsbase.evaluation.internal.Evaluations;
import cn.tsbase.evaluation.internal.IndicatorSystems;
import cn.tsbase.evaluation.internal.SelfAndDistrictInputs;
import cn.tsbase.evaluation.internal.SystemView;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Runs a year's round through the module's services to published results: every base of the round (those designated
 * up to the date) self-evaluates, its district scores (75 % of each indicator: 合格) and proposes, a base in
 * {@code failing} fails veto item V1 (不合格); the bureau grades and publishes.
 */
@TestComponent
public record PublishedRounds(IndicatorSystems systems, EvaluationRounds rounds, Evaluations evaluations, JdbcTemplate jdbc) {

	long publish(int year, LocalDate lastDesignation, java.util.Set<Long> failing) {
		CurrentUser bureau = user(Role.MUNICIPAL_OFFICER, null, null);
		SystemView point = systems.createDefault(year, BaseType.POINT, "test-municipal");
		SystemView zone = systems.createDefault(year, BaseType.ZONE, "test-municipal");
		long roundId = rounds.open(new EvaluationRounds.Opening(year, lastDesignation.plusDays(1),
				LocalDate.of(year, 1, 20), LocalDate.of(year, 2, 27), point.id(), zone.id()), "test-municipal");
		for (Map<String, Object> row : jdbc.queryForList(
				"select id, base_id, unit_id, district_code, system_id from evaluation where round_id = ?", roundId)) {
			long id = ((Number) row.get("id")).longValue();
			long baseId = ((Number) row.get("base_id")).longValue();
			String district = (String) row.get("district_code");
			IndicatorModel content = systems.find(((Number) row.get("system_id")).longValue()).content();
			boolean fails = failing.contains(baseId);
			Map<String, SelfAndDistrictInputs.Self> self = new LinkedHashMap<>();
			Map<String, SelfAndDistrictInputs.District> scores = new LinkedHashMap<>();
			for (IndicatorModel.Indicator indicator : content.indicators()) {
				BigDecimal value = indicator.veto() ? null
						: indicator.points().multiply(new BigDecimal("0.75")).setScale(1, RoundingMode.HALF_UP);
				self.put(indicator.code(), new SelfAndDistrictInputs.Self("已落实", value));
				scores.put(indicator.code(), new SelfAndDistrictInputs.District(value, "意见" + indicator.code(),
						fails && indicator.code().equals("V1")));
			}
			CurrentUser unit = user(Role.APPLICANT, district, ((Number) row.get("unit_id")).longValue());
			CurrentUser officer = user(Role.DISTRICT_OFFICER, district, null);
			evaluations.writeSelf(id, version(id), self, unit);
			evaluations.submitSelf(id, version(id), unit);
			evaluations.score(id, version(id), scores, officer);
			evaluations.propose(id, version(id), officer);
		}
		rounds.applyCap(roundId, roundVersion(roundId), bureau);
		rounds.publish(roundId, roundVersion(roundId), "京市监发〔" + year + "〕9号", bureau);
		return roundId;
	}

	private long version(long evaluationId) {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluationId);
	}

	private long roundVersion(long roundId) {
		return jdbc.queryForObject("select version from evaluation_round where id = ?", Long.class, roundId);
	}

	static CurrentUser user(Role role, String district, Long unitId) {
		return new CurrentUser(0L, "test-" + role.name().toLowerCase(), null, "test", EnumSet.of(role), district,
				unitId, true, true, false);
	}
}
