package cn.tsbase.base.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseStatistics;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.shared.Tally;

/** Grouped queries over the demonstration bases (a few thousand rows at ten times Beijing). */
@Component
class BaseStatisticsQueries implements BaseStatistics {

	private final JdbcClient jdbc;

	BaseStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Tally> stages(int year, String districtCode) {
		return jdbc.sql("""
				SELECT district_code, base_type, COUNT(*) FROM demonstration_base
				WHERE batch_year = :year AND (CAST(:district AS VARCHAR(12)) IS NULL OR district_code = CAST(:district AS VARCHAR(12)))
				GROUP BY district_code, base_type
				""")
			.param("year", year)
			.param("district", districtCode)
			.query((rs, n) -> new Tally(rs.getString(1), rs.getString(2), DESIGNATED, rs.getLong(3)))
			.list();
	}

	@Override
	public List<BaseCount> counts(String districtCode) {
		return jdbc.sql("""
				SELECT district_code, base_type, industry_code, batch_year, status, COUNT(*)
				FROM demonstration_base
				WHERE CAST(:district AS VARCHAR(12)) IS NULL OR district_code = CAST(:district AS VARCHAR(12))
				GROUP BY district_code, base_type, industry_code, batch_year, status
				""")
			.param("district", districtCode)
			.query((rs, n) -> new BaseCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					BaseStatus.valueOf(rs.getString(5)), rs.getLong(6)))
			.list();
	}
}
