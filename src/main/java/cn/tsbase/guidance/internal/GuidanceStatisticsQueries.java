package cn.tsbase.guidance.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.guidance.GuidanceStatistics;
import cn.tsbase.shared.Tally;

/** Two grouped queries over the visits (by district and year) and the requests (by district and time). */
@Component
class GuidanceStatisticsQueries implements GuidanceStatistics {

	private static final String IN_DISTRICT = "(CAST(:district AS VARCHAR(12)) IS NULL OR district_code = CAST(:district AS VARCHAR(12)))";

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	GuidanceStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Tally> work(int year, String districtCode) {
		List<Tally> tallies = new ArrayList<>();
		tallies.addAll(jdbc
			.sql("SELECT district_code, COUNT(*) FROM guidance_visit WHERE visit_year = :year AND " + IN_DISTRICT
					+ " GROUP BY district_code")
			.param("year", year)
			.param("district", districtCode)
			.query((rs, n) -> new Tally(rs.getString(1), null, VISITS, rs.getLong(2)))
			.list());
		tallies.addAll(jdbc
			.sql("SELECT district_code, COUNT(*) FROM guidance_request WHERE requested_at >= :from"
					+ " AND requested_at < :until AND " + IN_DISTRICT + " GROUP BY district_code")
			.param("from", startOf(year))
			.param("until", startOf(year + 1))
			.param("district", districtCode)
			.query((rs, n) -> new Tally(rs.getString(1), null, REQUESTS, rs.getLong(2)))
			.list());
		return tallies;
	}

	private static Timestamp startOf(int year) {
		return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(BEIJING).toInstant());
	}
}
