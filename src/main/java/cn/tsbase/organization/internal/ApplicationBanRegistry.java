package cn.tsbase.organization.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.organization.ApplicationBans;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/** The units' application bans, one row per ban; the latest end date in force wins. */
@Component
class ApplicationBanRegistry implements ApplicationBans {

	private final JdbcTemplate jdbc;
	private final AuditLog audit;
	private final Clock clock;

	ApplicationBanRegistry(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void ban(long unitId, LocalDate until, String reason, String recordedBy) {
		jdbc.update("insert into unit_application_ban (unit_id, banned_until, reason, recorded_by, recorded_at) "
				+ "values (?, ?, ?, ?, ?)", unitId, Date.valueOf(until), reason, recordedBy,
				Timestamp.from(clock.instant()));
		audit.record(recordedBy, "UNIT_APPLICATION_BANNED", "Unit", unitId, AuditOutcome.SUCCESS, "until " + until);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LocalDate> bannedUntil(long unitId, LocalDate today) {
		Date until = jdbc.queryForObject(
				"select max(banned_until) from unit_application_ban where unit_id = ? and banned_until > ?", Date.class,
				unitId, Date.valueOf(today));
		return Optional.ofNullable(until).map(Date::toLocalDate);
	}
}
