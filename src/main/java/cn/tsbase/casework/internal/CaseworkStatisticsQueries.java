package cn.tsbase.casework.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.casework.CaseworkStatistics;
import cn.tsbase.shared.Tally;

/** Grouped queries over the incidents (by district and report time) and the typical cases (by status, publication). */
@Component
class CaseworkStatisticsQueries implements CaseworkStatistics {

	private static final String IN_DISTRICT = "(CAST(:district AS VARCHAR(12)) IS NULL OR district_code = CAST(:district AS VARCHAR(12)))";

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	CaseworkStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Tally> counts(int year, String districtCode) {
		List<Tally> tallies = new ArrayList<>();
		tallies.addAll(jdbc
			.sql("SELECT district_code, COUNT(*) FROM leak_incident WHERE reported_at >= :from AND reported_at < :until"
					+ " AND " + IN_DISTRICT + " GROUP BY district_code")
			.param("from", startOf(year))
			.param("until", startOf(year + 1))
			.param("district", districtCode)
			.query((rs, n) -> new Tally(rs.getString(1), null, INCIDENTS, rs.getLong(2)))
			.list());
		tallies.addAll(jdbc
			.sql("SELECT district_code, COUNT(*) FROM typical_case WHERE status = 'PUBLISHED' AND published_at >= :from"
					+ " AND published_at < :until AND " + IN_DISTRICT + " GROUP BY district_code")
			.param("from", startOf(year))
			.param("until", startOf(year + 1))
			.param("district", districtCode)
			.query((rs, n) -> new Tally(rs.getString(1), null, CASES_PUBLISHED, rs.getLong(2)))
			.list());
		return tallies;
	}

	@Override
	public List<ResponseTime> responseTimes(int year, String districtCode) {
		return jdbc
			.sql("SELECT district_code, response_minutes, COUNT(*) FROM leak_incident WHERE reported_at >= :from"
					+ " AND reported_at < :until AND response_minutes IS NOT NULL AND " + IN_DISTRICT
					+ " GROUP BY district_code, response_minutes")
			.param("from", startOf(year))
			.param("until", startOf(year + 1))
			.param("district", districtCode)
			.query((rs, n) -> new ResponseTime(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	private static Timestamp startOf(int year) {
		return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(BEIJING).toInstant());
	}
}
