package cn.tsbase.operation.internal;

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
 * The operation module's lines on the workbench: a unit's annual plans that its district has opened for filing and
 * that are neither submitted nor accepted (with the nearest filing deadline, returned plans included), and the
 * plans submitted to a district officer awaiting acceptance or return, and the district's bases with a standard
 * lacking content (or no accepted plan of the year), flagged to the district.
 */
@Component
class OperationWorkbench implements WorkbenchItems {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;
	private final Clock clock;

	OperationWorkbench(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		List<WorkbenchItem> items = new ArrayList<>();
		if ((user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) && user.getUnitId() != null) {
			items.add(jdbc.sql("SELECT COUNT(*), MIN(f.deadline) FROM base_profile p "
					+ "JOIN annual_plan_filing f ON f.district_code = p.district_code AND f.plan_year >= p.batch_year "
					+ "WHERE p.unit_id = :unit AND NOT EXISTS (SELECT 1 FROM annual_plan a WHERE a.base_id = p.base_id "
					+ "AND a.plan_year = f.plan_year AND a.status IN ('SUBMITTED', 'ACCEPTED'))")
				.param("unit", user.getUnitId())
				.query((rs, n) -> {
					LocalDate deadline = rs.getObject(2, LocalDate.class);
					return new WorkbenchItem("unit-annualPlans", 120, rs.getLong(1),
							deadline == null ? null
									: deadline.plusDays(1).atStartOfDay(BEIJING).minusSeconds(1).toInstant(),
							"/operation/bases");
				})
				.single());
		}
		if (user.hasRole(Role.DISTRICT_OFFICER) && user.getDistrictCode() != null) {
			long submitted = jdbc
				.sql("SELECT COUNT(*) FROM annual_plan WHERE district_code = :district AND status = 'SUBMITTED'")
				.param("district", user.getDistrictCode())
				.query(Long.class)
				.single();
			items.add(new WorkbenchItem("district-annualPlans", 240, submitted, null, "/operation/bases"));
			long incomplete = jdbc.sql("SELECT COUNT(*) FROM base_profile WHERE district_code = :district "
					+ "AND (incomplete_standards <> '' OR accepted_plan_year IS NULL OR accepted_plan_year < :year)")
				.param("district", user.getDistrictCode())
				.param("year", LocalDate.now(clock.withZone(BEIJING)).getYear())
				.query(Long.class)
				.single();
			items.add(new WorkbenchItem("district-incompleteStandards", 245, incomplete, null,
					"/operation/overview?incomplete=true"));
		}
		return items;
	}
}
