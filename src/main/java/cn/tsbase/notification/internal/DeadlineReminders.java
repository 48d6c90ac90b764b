package cn.tsbase.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.PendingDeclaration;

/**
 * Reminds units of declarations still in draft or returned for correction whose call closes soon (a week before, and
 * on the last day). Each reminder goes out once per declaration: the job runs on one instance at a time (ShedLock),
 * and a reminder is recorded under a unique key (declaration, kind) in the same transaction as its notifications, so a
 * rerun, a second instance or a retry after a crash never sends it twice.
 */
@Component
public class DeadlineReminders {

	static final String LOCK = "notification-deadline-reminders";

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final DeclarationManagement declarations;
	private final AccountManagement accounts;
	private final Notifications notifications;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DeadlineReminders(DeclarationManagement declarations, AccountManagement accounts, Notifications notifications,
			JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.declarations = declarations;
		this.accounts = accounts;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Daily (by default at 09:00 Beijing time, {@code tsbase.notification.reminder-cron}), on one instance. */
	@Scheduled(cron = "${tsbase.notification.reminder-cron}", zone = "Asia/Shanghai")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void remindNow() {
		int sent = remind(clock.instant());
		log.info("Deadline reminders sent: {}", sent);
	}

	/**
	 * Sends every reminder due at the given time that was not sent before.
	 *
	 * @return how many reminders were sent (each to all of a unit's accounts)
	 */
	public int remind(Instant now) {
		int sent = 0;
		for (ReminderKind kind : ReminderKind.values()) {
			for (PendingDeclaration pending : declarations.pendingClosingBetween(kind.windowStart(now),
					kind.windowEnd(now))) {
				if (remindOnce(kind, pending, now)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean remindOnce(ReminderKind kind, PendingDeclaration pending, Instant now) {
		Boolean sent = transactions.execute(status -> {
			int recorded = jdbc.update("""
					insert into deadline_reminder (declaration_id, kind, sent_at) values (?, ?, ?)
					on conflict do nothing""", pending.declarationId(), kind.name(),
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
			if (recorded == 0) {
				return false;
			}
			notifications.send(accounts.ofUnit(pending.unitId()),
					NotificationMessage.of(kind.noticeKind(), "/declarations/" + pending.declarationId(), pending.unitName(),
							pending.callTitle(), DEADLINE.format(pending.closesAt())));
			return true;
		});
		return Boolean.TRUE.equals(sent);
	}
}
