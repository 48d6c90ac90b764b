package cn.tsbase.base.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseStatus;
import cn.tsbase.shared.progress.DeclarationMilestone;
import cn.tsbase.shared.progress.DeclarationMilestones;

/** The last stage of a declaration: the base designated from it (linking to its public page while it holds the title). */
@Component
class BaseMilestones implements DeclarationMilestones {

	private final JdbcClient jdbc;

	BaseMilestones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DeclarationMilestone> milestonesOf(long declarationId) {
		return jdbc.sql("SELECT id, status, created_at FROM demonstration_base WHERE declaration_id = :declaration "
				+ "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param("declaration", declarationId)
			.query((rs, n) -> {
				boolean active = BaseStatus.valueOf(rs.getString(2)) == BaseStatus.ACTIVE;
				return DeclarationMilestone.of(310, "designated", rs.getObject(3, OffsetDateTime.class).toInstant(),
						active ? "/public/bases/" + rs.getLong(1) : null);
			})
			.list();
	}
}
