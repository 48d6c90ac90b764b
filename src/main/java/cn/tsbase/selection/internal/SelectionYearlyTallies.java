package cn.tsbase.selection.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.selection.SelectionStatistics;
import cn.tsbase.shared.Tally;
import cn.tsbase.shared.YearlyTallies;

/** {@link SelectionStatistics#stages} over a range of call years: one grouped query for all of them. */
@Component
class SelectionYearlyTallies implements YearlyTallies {

	private final JdbcClient jdbc;

	SelectionYearlyTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearTally> stages(int fromYear, int toYear, String districtCode) {
		List<YearTally> tallies = new ArrayList<>();
		jdbc.sql("""
				SELECT c.call_year, c.district_code, c.base_type,
				       SUM(CASE WHEN c.status IN ('PRE_REVIEW_PASSED', 'PROPOSED', 'NOT_PROPOSED') THEN 1 ELSE 0 END)
				           AS passed,
				       SUM(CASE WHEN r.candidate_id IS NOT NULL THEN 1 ELSE 0 END) AS reviewed,
				       SUM(CASE WHEN c.status = 'PROPOSED' THEN 1 ELSE 0 END) AS proposed
				FROM selection_candidate c
				LEFT JOIN (SELECT DISTINCT candidate_id FROM review_round_candidate) r ON r.candidate_id = c.id
				WHERE c.call_year BETWEEN :from AND :to
				  AND (CAST(:district AS VARCHAR(12)) IS NULL OR c.district_code = CAST(:district AS VARCHAR(12)))
				GROUP BY c.call_year, c.district_code, c.base_type
				""").param("from", fromYear).param("to", toYear).param("district", districtCode).query((rs, n) -> {
			int year = rs.getInt(1);
			String district = rs.getString(2);
			String type = rs.getString(3);
			tallies.add(new YearTally(year,
					new Tally(district, type, SelectionStatistics.PRE_REVIEW_PASSED, rs.getLong("passed"))));
			tallies.add(new YearTally(year,
					new Tally(district, type, SelectionStatistics.EXPERT_REVIEW, rs.getLong("reviewed"))));
			tallies.add(new YearTally(year,
					new Tally(district, type, SelectionStatistics.PROPOSED, rs.getLong("proposed"))));
			return null;
		}).list();
		return tallies;
	}
}
