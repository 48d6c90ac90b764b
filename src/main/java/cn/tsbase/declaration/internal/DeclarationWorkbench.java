package cn.tsbase.declaration.internal;

import java.time.Clock;
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
 * The declaration module's lines on the workbench: a unit's drafts and returns with the nearest closing date, the
 * district's queue and the calls open now. One grouped count query per concern, scoped in the query.
 */
@Component
class DeclarationWorkbench implements WorkbenchItems {

	private final JdbcClient jdbc;
	private final Clock clock;

	DeclarationWorkbench(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		List<WorkbenchItem> items = new ArrayList<>();
		Instant now = clock.instant();
		boolean unit = (user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) && user.getUnitId() != null;
		if (unit) {
			items.addAll(unitItems(user.getUnitId(), now));
		}
		boolean district = user.hasRole(Role.DISTRICT_OFFICER) && user.getDistrictCode() != null;
		if (district) {
			long awaiting = jdbc.sql("SELECT COUNT(*) FROM declaration WHERE district_code = :district "
					+ "AND status IN ('SUBMITTED', 'RESUBMITTED')")
				.param("district", user.getDistrictCode())
				.query(Long.class)
				.single();
			items.add(new WorkbenchItem("district-toReview", 210, awaiting, null, "/review/declarations"));
		}
		if (user.hasRole(Role.MUNICIPAL_OFFICER)) {
			items.add(openCalls("municipal-openCalls", 450, null, now));
		}
		else if (district) {
			items.add(openCalls("district-openCalls", 230, user.getDistrictCode(), now));
		}
		return items;
	}

	private List<WorkbenchItem> unitItems(long unitId, Instant now) {
		record Row(String status, long count, Instant due) {
		}
		// the nearest closing date among the calls of the unit's open work that has not passed yet
		List<Row> rows = jdbc.sql("SELECT d.status, COUNT(*), MIN(CASE WHEN c.closes_at > :now THEN c.closes_at END) "
				+ "FROM declaration d JOIN declaration_call c ON c.id = d.call_id "
				+ "WHERE d.unit_id = :unit AND d.status IN ('DRAFT', 'RETURNED') GROUP BY d.status")
			.param("unit", unitId)
			.param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
			.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), instant(rs.getObject(3, OffsetDateTime.class))))
			.list();
		Row drafts = rows.stream().filter(r -> r.status().equals("DRAFT")).findFirst().orElse(new Row("DRAFT", 0, null));
		Row returned = rows.stream()
			.filter(r -> r.status().equals("RETURNED"))
			.findFirst()
			.orElse(new Row("RETURNED", 0, null));
		return List.of(new WorkbenchItem("unit-returned", 100, returned.count(), returned.due(), "/declarations"),
				new WorkbenchItem("unit-drafts", 110, drafts.count(), drafts.due(), "/declarations"));
	}

	private WorkbenchItem openCalls(String key, int order, String district, Instant now) {
		OffsetDateTime at = OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
		String scope = district == null ? "" : "AND (district_code IS NULL OR district_code = :district) ";
		var statement = jdbc.sql("SELECT COUNT(*), MIN(closes_at) FROM declaration_call "
				+ "WHERE opens_at <= :now AND closes_at > :now " + scope)
			.param("now", at);
		if (district != null) {
			statement = statement.param("district", district);
		}
		return statement.query((rs, n) -> new WorkbenchItem(key, order, rs.getLong(1),
				instant(rs.getObject(2, OffsetDateTime.class)), "/calls"))
			.single();
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
