package cn.tsbase.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.calendar.CalendarYearFoundMissing;
import cn.tsbase.calendar.WorkingCalendar;

/**
 * Flags a missing calendar before anyone relies on it: daily, on one instance, each year the platform is about to
 * use (this one, and the next from November) that has not been entered raises {@link CalendarYearFoundMissing} once,
 * recorded under the year in the same transaction as the event's publication.
 */
@Component
public class MissingYearAlerts {

	static final String LOCK = "calendar-missing-year-alerts";

	private static final Logger log = LoggerFactory.getLogger(MissingYearAlerts.class);

	private final WorkingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	MissingYearAlerts(WorkingCalendar calendar, ApplicationEventPublisher events, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.calendar = calendar;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Daily (by default at 08:30 Beijing time, {@code tsbase.calendar.alert-cron}), on one instance. */
	@Scheduled(cron = "${tsbase.calendar.alert-cron:0 30 8 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	public void alertNow() {
		int raised = alert();
		if (raised > 0) {
			log.warn("Working-day calendar missing: {} year(s) flagged to the administrators", raised);
		}
	}

	/** Raises the alert of every missing year not alerted before; returns how many were raised. */
	public int alert() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		int raised = 0;
		for (int year : calendar.missingYears(today)) {
			Boolean alerted = transactions.execute(status -> {
				int recorded = jdbc.update("""
						insert into calendar_missing_alert (calendar_year, alerted_at) values (?, ?)
						on conflict do nothing""", year, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
				if (recorded == 0) {
					return false;
				}
				events.publishEvent(new CalendarYearFoundMissing(year));
				return true;
			});
			if (Boolean.TRUE.equals(alerted)) {
				raised++;
			}
		}
		return raised;
	}
}
