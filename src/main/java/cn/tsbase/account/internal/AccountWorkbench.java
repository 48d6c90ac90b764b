package cn.tsbase.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.workbench.WorkbenchItem;
import cn.tsbase.shared.workbench.WorkbenchItems;

/**
 * The security administrator's queues on the workbench: second-factor removals awaiting the second person, accounts
 * locked now, and enabled accounts that hold no role yet. One query.
 */
@Component
class AccountWorkbench implements WorkbenchItems {

	private final JdbcClient jdbc;
	private final Clock clock;

	AccountWorkbench(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		if (!user.hasRole(Role.SECURITY_ADMIN)) {
			return List.of();
		}
		return jdbc.sql("SELECT (SELECT COUNT(*) FROM second_factor_removal WHERE status = 'PENDING'), "
				+ "(SELECT COUNT(*) FROM user_account WHERE locked_until > :now), "
				+ "(SELECT COUNT(*) FROM user_account a WHERE a.enabled = TRUE "
				+ "AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = a.id))")
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.query((rs, n) -> List.of(
					new WorkbenchItem("security-factorRemovals", 800, rs.getLong(1), null,
							"/security/second-factor-removals"),
					new WorkbenchItem("security-lockedAccounts", 810, rs.getLong(2), null, "/security/accounts"),
					new WorkbenchItem("security-accountsWithoutRoles", 820, rs.getLong(3), null,
							"/security/accounts")))
			.single();
	}
}
