package cn.tsbase.publicnotice.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.publicnotice.PublicNoticeStatistics;
import cn.tsbase.shared.Tally;
import cn.tsbase.shared.YearlyTallies;

/** {@link PublicNoticeStatistics#stages} over a range of notice years: one grouped query for all of them. */
@Component
class PublicNoticeYearlyTallies implements YearlyTallies {

	private final JdbcClient jdbc;

	PublicNoticeYearlyTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearTally> stages(int fromYear, int toYear, String districtCode) {
		return jdbc.sql("""
				SELECT n.notice_year, e.district_code, e.base_type, COUNT(DISTINCT e.declaration_id)
				FROM public_notice_entry e JOIN public_notice n ON n.id = e.notice_id
				WHERE n.notice_year BETWEEN :from AND :to
				  AND (CAST(:district AS VARCHAR(12)) IS NULL OR e.district_code = CAST(:district AS VARCHAR(12)))
				GROUP BY n.notice_year, e.district_code, e.base_type
				""")
			.param("from", fromYear)
			.param("to", toYear)
			.param("district", districtCode)
			.query((rs, n) -> new YearTally(rs.getInt(1),
					new Tally(rs.getString(2), rs.getString(3), PublicNoticeStatistics.NOTICED, rs.getLong(4))))
			.list();
	}
}
