package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
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
 * The evaluation module's lines on the workbench. A unit: its rectification orders waiting for its plan, progress or
 * resubmission (with the nearest deadline), and a revocation procedure it may still respond to. A district officer
 * (the district's rows) and a municipal officer (every district's): rectification orders open past their deadline,
 * orders to issue or to decide, and open grounds for revocation; the bureau also the procedures ready for its
 * decision (the unit responded or the period ran out). Overdue is computed as the lists compute it: still open
 * (issued, submitted or returned) after the deadline.
 */
@Component
class EvaluationWorkbench implements WorkbenchItems {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final String RECTIFICATIONS = "/evaluation/rectifications";

	private final JdbcClient jdbc;
	private final Clock clock;

	EvaluationWorkbench(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		List<WorkbenchItem> items = new ArrayList<>();
		if ((user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) && user.getUnitId() != null) {
			items.add(jdbc.sql("SELECT COUNT(*), MIN(deadline) FROM rectification WHERE unit_id = :unit "
					+ "AND status IN ('ISSUED', 'RETURNED')")
				.param("unit", user.getUnitId())
				.query((rs, n) -> new WorkbenchItem("unit-rectifications", 130, rs.getLong(1),
						endOf(rs.getObject(2, LocalDate.class)), RECTIFICATIONS))
				.single());
			items.add(jdbc.sql("SELECT COUNT(*), MIN(response_deadline) FROM revocation WHERE unit_id = :unit "
					+ "AND status = 'PROPOSED' AND response_deadline >= :today")
				.param("unit", user.getUnitId())
				.param("today", today)
				.query((rs, n) -> new WorkbenchItem("unit-revocationResponse", 131, rs.getLong(1),
						endOf(rs.getObject(2, LocalDate.class)), "/evaluation/revocations?status=PROPOSED"))
				.single());
		}
		if (user.hasRole(Role.DISTRICT_OFFICER) && user.getDistrictCode() != null) {
			items.addAll(officerItems("district", 250, "AND district_code = :district", user.getDistrictCode(), today));
		}
		if (user.hasRole(Role.MUNICIPAL_OFFICER)) {
			items.addAll(officerItems("municipal", 350, "", null, today));
			items.add(new WorkbenchItem("municipal-revocationsToDecide", 354, jdbc
				.sql("SELECT COUNT(*) FROM revocation WHERE status = 'RESPONDED' "
						+ "OR (status = 'PROPOSED' AND response_deadline < :today)")
				.param("today", today)
				.query(Long.class)
				.single(), null, "/evaluation/revocations"));
		}
		return items;
	}

	/** Overdue orders, orders awaiting the officer (to issue or to decide), open grounds: three counts. */
	private List<WorkbenchItem> officerItems(String prefix, int order, String scope, String district,
			LocalDate today) {
		var overdue = jdbc.sql("SELECT COUNT(*) FROM rectification WHERE status IN ('ISSUED', 'SUBMITTED', 'RETURNED') "
				+ "AND deadline < :today " + scope)
			.param("today", today);
		var waiting = jdbc.sql("SELECT COUNT(*) FROM rectification WHERE status IN ('PROPOSED', 'SUBMITTED') " + scope);
		var grounds = jdbc.sql("SELECT COUNT(*) FROM revocation_trigger WHERE status = 'OPEN' " + scope);
		if (district != null) {
			overdue = overdue.param("district", district);
			waiting = waiting.param("district", district);
			grounds = grounds.param("district", district);
		}
		List<WorkbenchItem> items = new ArrayList<>();
		items.add(new WorkbenchItem(prefix + "-overdueRectifications", order, overdue.query(Long.class).single(), null,
				RECTIFICATIONS + "?overdue=true"));
		if (district != null) {
			items.add(new WorkbenchItem(prefix + "-rectificationsToHandle", order + 1,
					waiting.query(Long.class).single(), null, RECTIFICATIONS));
		}
		items.add(new WorkbenchItem(prefix + "-revocationGrounds", order + 2, grounds.query(Long.class).single(), null,
				"/evaluation/revocation-triggers?status=OPEN"));
		return items;
	}

	private static Instant endOf(LocalDate day) {
		return day == null ? null : day.plusDays(1).atStartOfDay(BEIJING).minusSeconds(1).toInstant();
	}
}
