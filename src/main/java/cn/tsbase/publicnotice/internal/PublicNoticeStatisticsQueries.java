package cn.tsbase.publicnotice.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.publicnotice.PublicNoticeStatistics;
import cn.tsbase.shared.Tally;

/** One grouped query over the entries of a year's notices. */
@Component
class PublicNoticeStatisticsQueries implements PublicNoticeStatistics {

	private final JdbcClient jdbc;

	PublicNoticeStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Tally> stages(int year, String districtCode) {
		return jdbc.sql("""
				SELECT e.district_code, e.base_type, COUNT(DISTINCT e.declaration_id)
				FROM public_notice_entry e JOIN public_notice n ON n.id = e.notice_id
				WHERE n.notice_year = :year AND (CAST(:district AS VARCHAR(12)) IS NULL OR e.district_code = CAST(:district AS VARCHAR(12)))
				GROUP BY e.district_code, e.base_type
				""")
			.param("year", year)
			.param("district", districtCode)
			.query((rs, n) -> new Tally(rs.getString(1), rs.getString(2), NOTICED, rs.getLong(3)))
			.list();
	}
}
