package cn.tsbase.declaration.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.declaration.DeclarationStatistics;
import cn.tsbase.shared.Tally;

/** One grouped query over the declarations of a year's calls (indexed by call and status). */
@Component
class DeclarationStatisticsQueries implements DeclarationStatistics {

	private final JdbcClient jdbc;

	DeclarationStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Tally> stages(int year, String districtCode) {
		List<Tally> tallies = new ArrayList<>();
		jdbc.sql("""
				SELECT d.district_code, d.base_type,
				       SUM(CASE WHEN d.status = 'RECOMMENDED' THEN 1 ELSE 0 END) AS recommended,
				       COUNT(*) AS submitted
				FROM declaration d JOIN declaration_call c ON c.id = d.call_id
				WHERE c.call_year = :year AND (CAST(:district AS VARCHAR(12)) IS NULL OR d.district_code = CAST(:district AS VARCHAR(12)))
				  AND d.status IN ('SUBMITTED', 'RETURNED', 'RESUBMITTED', 'RECOMMENDED', 'NOT_RECOMMENDED')
				GROUP BY d.district_code, d.base_type
				""").param("year", year).param("district", districtCode).query((rs, n) -> {
			String district = rs.getString(1);
			String type = rs.getString(2);
			tallies.add(new Tally(district, type, SUBMITTED, rs.getLong("submitted")));
			tallies.add(new Tally(district, type, RECOMMENDED, rs.getLong("recommended")));
			return null;
		}).list();
		return tallies;
	}
}
