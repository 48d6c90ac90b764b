package cn.tsbase.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.LoginAttackSuspected;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.TsbaseSecurityProperties;

/**
 * Throttling of failed logins per account <em>and</em> source (ADR 0011), so that nobody can keep someone else
 * locked out: {@code lockout-threshold} failures of one username from one source within {@code lockout-duration}
 * stop that username from that source only; failures from all sources reaching the account threshold stop it from
 * every source it never logged in from, unless its second factor is enrolled (the right password plus the code still
 * passes). Failures are kept in the database, so every instance sees the same counts. Many accounts failing from one
 * source, or one account failing from many sources, raises {@link LoginAttackSuspected} once per window.
 */
@Component
@EnableConfigurationProperties(LoginThrottleSettings.class)
class LoginThrottle {

	private final JdbcClient jdbc;
	private final TsbaseSecurityProperties properties;
	private final LoginThrottleSettings settings;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, TsbaseSecurityProperties properties, LoginThrottleSettings settings,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.settings = settings;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** How long a username stays stopped from a source after the failure that reached the threshold. */
	Duration lockoutDuration() {
		return properties.lockoutDuration();
	}

	/** Whether the username is stopped from this source: too many recent failures from it. */
	boolean isSourceLocked(String username, String source, Instant now) {
		return failuresFrom(username, source, now) >= properties.lockoutThreshold();
	}

	/** Whether the username failed from all sources together often enough to be locked for unfamiliar sources. */
	boolean isAccountLocked(String username, Instant now) {
		return jdbc.sql("select count(*) from login_failure where username = ? and failed_at > ?")
			.params(username, at(now.minus(properties.lockoutDuration())))
			.query(Long.class)
			.single() >= settings.accountThreshold();
	}

	/** Whether the account logged in successfully from the source recently enough to be trusted during a lock. */
	boolean isFamiliar(String username, String source, Instant now) {
		return jdbc.sql("select count(*) from login_source where username = ? and source = ? and last_success_at > ?")
			.params(username, source, at(now.minus(settings.familiarFor())))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Counts a failed password or code. Runs in the caller's transaction.
	 *
	 * @return whether this failure stopped the username from the source
	 */
	boolean recordFailure(String username, String source, Instant now) {
		jdbc.sql("insert into login_failure (username, source, failed_at) values (?, ?, ?)")
			.params(username, source, at(now))
			.update();
		boolean locked = failuresFrom(username, source, now) == properties.lockoutThreshold();
		detectSpraying(username, source, now);
		return locked;
	}

	/** A complete login: the source's failures for the username are forgotten and the source becomes familiar. */
	void recordSuccess(String username, String source, Instant now) {
		jdbc.sql("delete from login_failure where username = ? and source = ?").params(username, source).update();
		int updated = jdbc.sql("update login_source set last_success_at = ? where username = ? and source = ?")
			.params(at(now), username, source)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("insert into login_source (username, source, last_success_at) values (?, ?, ?)")
					.params(username, source, at(now))
					.update();
			}
			catch (DuplicateKeyException concurrent) {
				// a parallel login from the same source recorded it
			}
		}
	}

	/** The security administrator lifts every lock of the account. */
	void clear(String username) {
		jdbc.sql("delete from login_failure where username = ?").params(username).update();
	}

	/** How many sources the username is stopped from now, and whether it is locked for all unfamiliar sources. */
	LockState lockState(String username) {
		Instant now = clock.instant();
		long lockedSources = jdbc.sql("""
				select count(*) from (select source from login_failure where username = ? and failed_at > ?
				group by source having count(*) >= ?) s
				""")
			.params(username, at(now.minus(properties.lockoutDuration())), properties.lockoutThreshold())
			.query(Long.class)
			.single();
		return new LockState(lockedSources, isAccountLocked(username, now));
	}

	record LockState(long lockedSources, boolean accountLocked) {

		boolean any() {
			return lockedSources > 0 || accountLocked;
		}
	}

	private long failuresFrom(String username, String source, Instant now) {
		return jdbc.sql("select count(*) from login_failure where username = ? and source = ? and failed_at > ?")
			.params(username, source, at(now.minus(properties.lockoutDuration())))
			.query(Long.class)
			.single();
	}

	private void detectSpraying(String username, String source, Instant now) {
		OffsetDateTime since = at(now.minus(settings.sprayWindow()));
		int accounts = jdbc
			.sql("select count(distinct username) from login_failure where source = ? and failed_at > ?")
			.params(source, since)
			.query(Integer.class)
			.single();
		if (accounts >= settings.sprayAccounts()) {
			raise(LoginAttackSuspected.Pattern.SOURCE, source, accounts, now);
		}
		int sources = jdbc
			.sql("select count(distinct source) from login_failure where username = ? and failed_at > ?")
			.params(username, since)
			.query(Integer.class)
			.single();
		if (sources >= settings.spraySources()) {
			raise(LoginAttackSuspected.Pattern.ACCOUNT, username, sources, now);
		}
	}

	private void raise(LoginAttackSuspected.Pattern pattern, String subject, int count, Instant now) {
		Optional<OffsetDateTime> last = jdbc.sql("select raised_at from login_alert where kind = ? and subject = ?")
			.params(pattern.name(), subject)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.optional();
		if (last.isPresent() && last.get().toInstant().isAfter(now.minus(settings.sprayWindow()))) {
			return;
		}
		if (last.isPresent()) {
			jdbc.sql("update login_alert set raised_at = ? where kind = ? and subject = ?")
				.params(at(now), pattern.name(), subject)
				.update();
		}
		else {
			try {
				jdbc.sql("insert into login_alert (kind, subject, raised_at) values (?, ?, ?)")
					.params(pattern.name(), subject, at(now))
					.update();
			}
			catch (DuplicateKeyException concurrent) {
				return;
			}
		}
		audit.record(AuditLog.ANONYMOUS, "LOGIN_ATTACK_SUSPECTED", pattern == LoginAttackSuspected.Pattern.SOURCE
				? "Source" : "UserAccount", subject, AuditOutcome.FAILURE, pattern + ", count=" + count);
		events.publishEvent(new LoginAttackSuspected(pattern, subject, count, now));
	}

	/** Failures older than every window are of no use any more. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "login-failure-purge", lockAtMostFor = "PT10M")
	@Transactional
	public void purge() {
		Instant now = clock.instant();
		Instant keep = now.minus(properties.lockoutDuration().compareTo(settings.sprayWindow()) > 0
				? properties.lockoutDuration() : settings.sprayWindow());
		jdbc.sql("delete from login_failure where failed_at <= ?").params(at(keep)).update();
		jdbc.sql("delete from login_source where last_success_at <= ?").params(at(now.minus(settings.familiarFor())))
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
