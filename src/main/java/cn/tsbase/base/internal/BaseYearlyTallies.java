package cn.tsbase.base.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseStatistics;
import cn.tsbase.shared.Tally;
import cn.tsbase.shared.YearlyTallies;

/** {@link BaseStatistics#stages} over a range of batch years: one grouped query for all of them. */
@Component
class BaseYearlyTallies implements YearlyTallies {

	private final JdbcClient jdbc;

	BaseYearlyTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearTally> stages(int fromYear, int toYear, String districtCode) {
		return jdbc.sql("""
				SELECT batch_year, district_code, base_type, COUNT(*) FROM demonstration_base
				WHERE batch_year BETWEEN :from AND :to
				  AND (CAST(:district AS VARCHAR(12)) IS NULL OR district_code = CAST(:district AS VARCHAR(12)))
				GROUP BY batch_year, district_code, base_type
				""")
			.param("from", fromYear)
			.param("to", toYear)
			.param("district", districtCode)
			.query((rs, n) -> new YearTally(rs.getInt(1),
					new Tally(rs.getString(2), rs.getString(3), BaseStatistics.DESIGNATED, rs.getLong(4))))
			.list();
	}
}
