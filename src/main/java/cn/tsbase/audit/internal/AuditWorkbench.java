package cn.tsbase.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.workbench.WorkbenchItem;
import cn.tsbase.shared.workbench.WorkbenchItems;

/**
 * The audit administrator's lines on the workbench: the state of the chain as last verified (broken, not verified
 * for two days, or intact) and the refused or failed actions of the last 24 hours.
 */
@Component
class AuditWorkbench implements WorkbenchItems {

	/** The nightly verification plus a day's grace: beyond it the job has not run. */
	static final Duration VERIFICATION_OVERDUE = Duration.ofHours(48);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditWorkbench(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		if (!user.hasRole(Role.AUDIT_ADMIN)) {
			return List.of();
		}
		Instant now = clock.instant();
		record Verification(Instant at, String outcome) {
		}
		Optional<Verification> last = jdbc
			.sql("SELECT occurred_at, outcome FROM audit_entry WHERE event = 'AUDIT_CHAIN_VERIFIED' "
					+ "ORDER BY occurred_at DESC FETCH FIRST 1 ROWS ONLY")
			.query((rs, n) -> new Verification(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)))
			.optional();
		String verificationLink = "/audit?event=AUDIT_CHAIN_VERIFIED";
		WorkbenchItem chain;
		if (last.isPresent() && "FAILURE".equals(last.get().outcome())) {
			chain = new WorkbenchItem("audit-chainBroken", 900, 1, null, verificationLink);
		}
		else if (last.isEmpty() || last.get().at().isBefore(now.minus(VERIFICATION_OVERDUE))) {
			chain = new WorkbenchItem("audit-chainUnverified", 900, 1, null, verificationLink);
		}
		else {
			chain = new WorkbenchItem("audit-chainIntact", 900, 0, null, verificationLink);
		}
		Instant since = now.minus(Duration.ofHours(24));
		long failures = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE occurred_at >= :since AND outcome = 'FAILURE'")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query(Long.class)
			.single();
		LocalDate from = LocalDate.ofInstant(since, BEIJING);
		return List.of(chain,
				new WorkbenchItem("audit-failures", 910, failures, null, "/audit?outcome=FAILURE&from=" + from));
	}
}
