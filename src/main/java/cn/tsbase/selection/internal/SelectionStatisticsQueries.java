package cn.tsbase.selection.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.selection.SelectionStatistics;
import cn.tsbase.shared.Tally;

/** One grouped query over a year's candidates and the rounds they were placed in. */
@Component
class SelectionStatisticsQueries implements SelectionStatistics {

	private final JdbcClient jdbc;

	SelectionStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Tally> stages(int year, String districtCode) {
		List<Tally> tallies = new ArrayList<>();
		jdbc.sql("""
				SELECT c.district_code, c.base_type,
				       SUM(CASE WHEN c.status IN ('PRE_REVIEW_PASSED', 'PROPOSED', 'NOT_PROPOSED') THEN 1 ELSE 0 END)
				           AS passed,
				       SUM(CASE WHEN r.candidate_id IS NOT NULL THEN 1 ELSE 0 END) AS reviewed,
				       SUM(CASE WHEN c.status = 'PROPOSED' THEN 1 ELSE 0 END) AS proposed
				FROM selection_candidate c
				LEFT JOIN (SELECT DISTINCT candidate_id FROM review_round_candidate) r ON r.candidate_id = c.id
				WHERE c.call_year = :year AND (CAST(:district AS VARCHAR(12)) IS NULL OR c.district_code = CAST(:district AS VARCHAR(12)))
				GROUP BY c.district_code, c.base_type
				""").param("year", year).param("district", districtCode).query((rs, n) -> {
			String district = rs.getString(1);
			String type = rs.getString(2);
			tallies.add(new Tally(district, type, PRE_REVIEW_PASSED, rs.getLong("passed")));
			tallies.add(new Tally(district, type, EXPERT_REVIEW, rs.getLong("reviewed")));
			tallies.add(new Tally(district, type, PROPOSED, rs.getLong("proposed")));
			return null;
		}).list();
		return tallies;
	}
}
