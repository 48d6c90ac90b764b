package cn.tsbase.selection.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.workbench.WorkbenchItem;
import cn.tsbase.shared.workbench.WorkbenchItems;

/**
 * The selection module's lines on the workbench: for the municipal bureau the recommendations awaiting pre-review
 * and the rounds in progress with the nearest scoring deadline; for an expert the released assignments not yet
 * scored (nor declared conflicted) with their deadline, counted on the expert's own account in the query.
 */
@Component
class SelectionWorkbench implements WorkbenchItems {

	private final JdbcClient jdbc;

	SelectionWorkbench(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		List<WorkbenchItem> items = new ArrayList<>();
		if (user.hasRole(Role.MUNICIPAL_OFFICER)) {
			long collected = jdbc.sql("SELECT COUNT(*) FROM selection_candidate WHERE status = 'COLLECTED'")
				.query(Long.class)
				.single();
			items.add(new WorkbenchItem("municipal-preReview", 400, collected, null, "/selection/candidates"));
			items.add(jdbc.sql("SELECT COUNT(*), MIN(CASE WHEN status = 'RELEASED' THEN deadline END) "
					+ "FROM review_round WHERE status IN ('SETUP', 'RELEASED')")
				.query((rs, n) -> new WorkbenchItem("municipal-rounds", 410, rs.getLong(1),
						instant(rs.getObject(2, OffsetDateTime.class)), "/selection/rounds"))
				.single());
		}
		if (user.hasRole(Role.EXPERT)) {
			items.add(jdbc.sql("SELECT COUNT(*), MIN(r.deadline) FROM review_assignment a "
					+ "JOIN expert e ON e.id = a.expert_id JOIN review_round r ON r.id = a.round_id "
					+ "WHERE e.account_id = :account AND a.released_at IS NOT NULL AND r.status = 'RELEASED' "
					+ "AND (a.conflict_declaration IS NULL OR a.conflict_declaration = '" + Assignment.NO_CONFLICT + "') "
					+ "AND NOT EXISTS (SELECT 1 FROM expert_score s "
					+ "WHERE s.assignment_id = a.id AND s.status = 'SUBMITTED')")
				.param("account", user.getId())
				.query((rs, n) -> new WorkbenchItem("expert-assignments", 500, rs.getLong(1),
						instant(rs.getObject(2, OffsetDateTime.class)), "/selection/reviews"))
				.single());
		}
		return items;
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
