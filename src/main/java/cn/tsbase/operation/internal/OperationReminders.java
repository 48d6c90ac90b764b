package cn.tsbase.operation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.operation.AnnualPlanFoundDue;
import cn.tsbase.operation.LiaisonReportFoundDue;

/**
 * Finds the liaison reports and annual plans that are due soon or overdue and announces each once per base, period
 * and kind ({@link LiaisonReportFoundDue}, {@link AnnualPlanFoundDue}); the notification module tells the people. The
 * reminder is recorded under a unique key in the same transaction as the event's publication, so a rerun, a second
 * instance or a retry never announces it twice. Reports are reminded {@value #DAYS_BEFORE} days before their due date,
 * plans {@value #DAYS_BEFORE} days before the filing deadline.
 */
@Component
public class OperationReminders {

	static final int DAYS_BEFORE = 7;

	private static final Logger log = LoggerFactory.getLogger(OperationReminders.class);

	private final BaseProfileRepository profiles;
	private final AnnualPlanFilingRepository filings;
	private final LiaisonReports reports;
	private final ApplicationEventPublisher events;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	OperationReminders(BaseProfileRepository profiles, AnnualPlanFilingRepository filings, LiaisonReports reports,
			ApplicationEventPublisher events, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.profiles = profiles;
		this.filings = filings;
		this.reports = reports;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Daily with the other deadline reminders, on one instance. */
	@Scheduled(cron = "${tsbase.notification.reminder-cron}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "operation-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void remindNow() {
		int sent = remind(LocalDate.now(clock.withZone(BaseProfiles.BEIJING)));
		log.info("Operation reminders announced: {}", sent);
	}

	/**
	 * Announces every reminder due on the given day that was not announced before.
	 *
	 * @return how many were announced
	 */
	public int remind(LocalDate today) {
		return remindReports(today) + remindPlans(today);
	}

	private int remindReports(LocalDate today) {
		int sent = 0;
		for (String district : transactions.execute(status -> profiles.districts())) {
			LiaisonSchedule schedule = transactions.execute(status -> reports.scheduleOf(district));
			ReportInterval.Period last = schedule.getInterval()
				.periodOf(schedule.getInterval().periodOf(today).start().minusDays(1));
			LocalDate dueOn = reports.dueOn(schedule, last);
			if (dueOn == null || today.isBefore(dueOn.minusDays(DAYS_BEFORE))) {
				continue;
			}
			boolean overdue = today.isAfter(dueOn);
			String kind = overdue ? "REPORT_OVERDUE" : "REPORT_DUE";
			var missing = transactions.execute(status -> profiles.withoutReport(district, last.start(),
					last.end().plusDays(1).atStartOfDay(BaseProfiles.BEIJING).toInstant()));
			for (BaseProfile base : missing) {
				if (once(base.getBaseId(), last.start(), kind, () -> events.publishEvent(new LiaisonReportFoundDue(
						base.getBaseId(), base.getUnitId(), base.getUnitName(), base.getDistrictCode(), last.start(),
						last.end(), dueOn, overdue)))) {
					sent++;
				}
			}
		}
		return sent;
	}

	private int remindPlans(LocalDate today) {
		int sent = 0;
		var filed = EnumSet.of(PlanStatus.SUBMITTED, PlanStatus.ACCEPTED);
		for (AnnualPlanFiling filing : transactions
			.execute(status -> filings.findByDeadlineBetween(today.minusDays(30), today.plusDays(DAYS_BEFORE)))) {
			boolean overdue = today.isAfter(filing.getDeadline());
			String kind = overdue ? "PLAN_OVERDUE" : "PLAN_DUE";
			LocalDate key = LocalDate.of(filing.getYear(), 1, 1);
			var missing = transactions
				.execute(status -> profiles.withoutPlan(filing.getDistrictCode(), filing.getYear(), filed));
			for (BaseProfile base : missing) {
				if (once(base.getBaseId(), key, kind, () -> events.publishEvent(new AnnualPlanFoundDue(
						base.getBaseId(), base.getUnitId(), base.getUnitName(), base.getDistrictCode(),
						filing.getYear(), filing.getDeadline(), overdue)))) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean once(long baseId, LocalDate periodStart, String kind, Runnable announce) {
		Boolean sent = transactions.execute(status -> {
			int recorded = jdbc.update("""
					insert into liaison_reminder (base_id, period_start, kind, sent_at) values (?, ?, ?, ?)
					on conflict do nothing""", baseId, periodStart, kind,
					OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
			if (recorded == 0) {
				return false;
			}
			announce.run();
			return true;
		});
		return Boolean.TRUE.equals(sent);
	}
}
