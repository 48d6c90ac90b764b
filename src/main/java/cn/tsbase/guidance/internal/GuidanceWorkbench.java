package cn.tsbase.guidance.internal;

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
 * The guidance module's lines on the workbench: for a unit, whether it took this year's (voluntary) self-assessment and
 * the recommendations of its guidance visits still open (with the nearest due date); for a guidance officer, the
 * guidance requests assigned to them and not yet answered by a visit, and the follow-ups the units reported done
 * that wait for the officer to close or reopen them. Counted in the database, inside the user's unit or appointment.
 */
@Component
class GuidanceWorkbench implements WorkbenchItems {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;
	private final Clock clock;

	GuidanceWorkbench(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		List<WorkbenchItem> items = new ArrayList<>();
		if ((user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) && user.getUnitId() != null) {
			long taken = jdbc.sql("SELECT COUNT(*) FROM self_assessment WHERE unit_id = :unit AND assessment_year = :year")
				.param("unit", user.getUnitId())
				.param("year", LocalDate.now(clock.withZone(BEIJING)).getYear())
				.query(Long.class)
				.single();
			// voluntary: the line says whether this year's is taken, and never counts as pending work
			items.add(WorkbenchItem.note(taken > 0 ? "unit-selfAssessmentDone" : "unit-selfAssessment", 130,
					"/guidance/self-assessments"));
			items.add(jdbc.sql("SELECT COUNT(*), MIN(due_on) FROM guidance_follow_up WHERE unit_id = :unit "
					+ "AND status = 'OPEN'")
				.param("unit", user.getUnitId())
				.query((rs, n) -> new WorkbenchItem("unit-guidanceFollowUps", 135, rs.getLong(1),
						endOf(rs.getObject(2, LocalDate.class)), "/guidance/follow-ups"))
				.single());
		}
		if (user.hasRole(Role.GUIDANCE_OFFICER)) {
			long requests = jdbc.sql("SELECT COUNT(*) FROM guidance_request r JOIN guidance_officer o "
					+ "ON o.id = r.officer_id WHERE o.account_id = :account AND r.status = 'ASSIGNED'")
				.param("account", user.getId())
				.query(Long.class)
				.single();
			items.add(new WorkbenchItem("guide-requests", 300, requests, null, "/guidance/workbench"));
			long reported = jdbc.sql("SELECT COUNT(*) FROM guidance_follow_up f JOIN guidance_officer o "
					+ "ON o.id = f.officer_id WHERE o.account_id = :account AND f.status = 'REPORTED'")
				.param("account", user.getId())
				.query(Long.class)
				.single();
			items.add(new WorkbenchItem("guide-followUps", 305, reported, null, "/guidance/follow-ups"));
		}
		return items;
	}

	private static java.time.Instant endOf(LocalDate day) {
		return day == null ? null : day.plusDays(1).atStartOfDay(BEIJING).minusSeconds(1).toInstant();
	}
}
