package cn.tsbase.publicnotice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.workbench.WorkbenchItem;
import cn.tsbase.shared.workbench.WorkbenchItems;

/**
 * The public notice module's lines on the workbench: for the municipal bureau the notices live today (with the
 * nearest last day), those whose period has ended and await publication, and the objections not yet handled; for a
 * district officer the objection verifications the bureau asked of their district.
 */
@Component
class PublicNoticeWorkbench implements WorkbenchItems {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;
	private final Clock clock;

	PublicNoticeWorkbench(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		List<WorkbenchItem> items = new ArrayList<>();
		if (user.hasRole(Role.MUNICIPAL_OFFICER)) {
			LocalDate today = LocalDate.now(clock.withZone(BEIJING));
			record Live(long running, long ended, LocalDate nearestLastDay) {
			}
			Live live = jdbc.sql("SELECT COUNT(CASE WHEN last_day >= :today THEN 1 END), "
					+ "COUNT(CASE WHEN last_day < :today THEN 1 END), "
					+ "MIN(CASE WHEN last_day >= :today THEN last_day END) FROM public_notice WHERE status = 'LIVE'")
				.param("today", today)
				.query((rs, n) -> new Live(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
				.single();
			items.add(new WorkbenchItem("municipal-noticesLive", 420, live.running(),
					live.nearestLastDay() == null ? null
							: live.nearestLastDay().plusDays(1).atStartOfDay(BEIJING).minusSeconds(1).toInstant(),
					"/notices"));
			items.add(new WorkbenchItem("municipal-noticesEnded", 425, live.ended(), null, "/notices"));
			long objections = jdbc.sql("SELECT COUNT(*) FROM objection WHERE status IN ('FILED', 'VERIFYING')")
				.query(Long.class)
				.single();
			items.add(new WorkbenchItem("municipal-objections", 430, objections, null, "/notices"));
		}
		if (user.hasRole(Role.DISTRICT_OFFICER) && user.getDistrictCode() != null) {
			long verifications = jdbc
				.sql("SELECT COUNT(*) FROM objection WHERE target_district = :district AND status = 'VERIFYING' "
					+ "AND district_findings IS NULL")
				.param("district", user.getDistrictCode())
				.query(Long.class)
				.single();
			items.add(new WorkbenchItem("district-verifications", 220, verifications, null, "/verifications"));
		}
		return items;
	}
}
