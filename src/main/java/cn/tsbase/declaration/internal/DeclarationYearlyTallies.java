package cn.tsbase.declaration.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.declaration.DeclarationStatistics;
import cn.tsbase.shared.Tally;
import cn.tsbase.shared.YearlyTallies;

/** {@link DeclarationStatistics#stages} over a range of call years: one grouped query for all of them. */
@Component
class DeclarationYearlyTallies implements YearlyTallies {

	private final JdbcClient jdbc;

	DeclarationYearlyTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearTally> stages(int fromYear, int toYear, String districtCode) {
		List<YearTally> tallies = new ArrayList<>();
		jdbc.sql("""
				SELECT c.call_year, d.district_code, d.base_type,
				       SUM(CASE WHEN d.status = 'RECOMMENDED' THEN 1 ELSE 0 END) AS recommended,
				       COUNT(*) AS submitted
				FROM declaration d JOIN declaration_call c ON c.id = d.call_id
				WHERE c.call_year BETWEEN :from AND :to
				  AND (CAST(:district AS VARCHAR(12)) IS NULL OR d.district_code = CAST(:district AS VARCHAR(12)))
				  AND d.status IN ('SUBMITTED', 'RETURNED', 'RESUBMITTED', 'RECOMMENDED', 'NOT_RECOMMENDED')
				GROUP BY c.call_year, d.district_code, d.base_type
				""").param("from", fromYear).param("to", toYear).param("district", districtCode).query((rs, n) -> {
			int year = rs.getInt(1);
			String district = rs.getString(2);
			String type = rs.getString(3);
			tallies.add(new YearTally(year,
					new Tally(district, type, DeclarationStatistics.SUBMITTED, rs.getLong("submitted"))));
			tallies.add(new YearTally(year,
					new Tally(district, type, DeclarationStatistics.RECOMMENDED, rs.getLong("recommended"))));
			return null;
		}).list();
		return tallies;
	}
}
