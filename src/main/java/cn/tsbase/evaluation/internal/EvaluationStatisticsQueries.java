package cn.tsbase.evaluation.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.evaluation.EvaluationStatistics;
import cn.tsbase.shared.Tally;
import cn.tsbase.shared.indicators.Grade;

/** Grouped queries over the evaluations (by round and district) and the rectification orders (by district, status). */
@Component
class EvaluationStatisticsQueries implements EvaluationStatistics {

	private static final String OPEN = "('PROPOSED', 'ISSUED', 'SUBMITTED', 'RETURNED')";

	private final JdbcClient jdbc;

	EvaluationStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Tally> grades(int year, String districtCode) {
		return jdbc.sql("""
				SELECT e.district_code, e.base_type, e.final_grade, COUNT(*)
				FROM evaluation e JOIN evaluation_round r ON r.id = e.round_id
				WHERE r.round_year = :year AND e.status = 'PUBLISHED' AND e.final_grade IS NOT NULL
				  AND (CAST(:district AS VARCHAR(12)) IS NULL OR e.district_code = CAST(:district AS VARCHAR(12)))
				GROUP BY e.district_code, e.base_type, e.final_grade
				""")
			.param("year", year)
			.param("district", districtCode)
			.query((rs, n) -> new Tally(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	@Override
	public List<Tally> openRectifications(String districtCode) {
		return jdbc.sql("""
				SELECT district_code, status, COUNT(*) FROM rectification
				WHERE status IN %s
				  AND (CAST(:district AS VARCHAR(12)) IS NULL OR district_code = CAST(:district AS VARCHAR(12)))
				GROUP BY district_code, status
				""".formatted(OPEN))
			.param("district", districtCode)
			.query((rs, n) -> new Tally(rs.getString(1), null, rs.getString(2), rs.getLong(3)))
			.list();
	}

	@Override
	public Map<Long, BaseStanding> standings(Collection<Long> baseIds, int year) {
		Map<Long, BaseStanding> standings = new HashMap<>();
		if (baseIds.isEmpty()) {
			return standings;
		}
		jdbc.sql("""
				SELECT e.base_id, e.final_grade FROM evaluation e JOIN evaluation_round r ON r.id = e.round_id
				WHERE r.round_year = :year AND e.status = 'PUBLISHED' AND e.final_grade IS NOT NULL
				  AND e.base_id IN (:ids)
				""").param("year", year).param("ids", baseIds).query((rs, n) -> {
			long baseId = rs.getLong(1);
			standings.put(baseId, new BaseStanding(baseId, Grade.valueOf(rs.getString(2)), 0));
			return null;
		}).list();
		jdbc.sql("""
				SELECT base_id, COUNT(*) FROM rectification WHERE status IN %s AND base_id IN (:ids) GROUP BY base_id
				""".formatted(OPEN)).param("ids", baseIds).query((rs, n) -> {
			long baseId = rs.getLong(1);
			BaseStanding found = standings.get(baseId);
			standings.put(baseId, new BaseStanding(baseId, found == null ? null : found.grade(), rs.getLong(2)));
			return null;
		}).list();
		return standings;
	}
}
