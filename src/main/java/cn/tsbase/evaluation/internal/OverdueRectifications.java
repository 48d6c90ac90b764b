package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Daily, on one instance: every rectification still open after its deadline is announced once as overdue (the unit
 * and the district hear of it). The lists flag overdue orders by computing against today, whether or not this ran.
 */
@Component
public class OverdueRectifications {

	private static final Logger log = LoggerFactory.getLogger(OverdueRectifications.class);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final RectificationRepository rectifications;
	private final AuditLog audit;
	private final Clock clock;

	OverdueRectifications(RectificationRepository rectifications, AuditLog audit,
			Clock clock) {
		this.rectifications = rectifications;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${tsbase.notification.reminder-cron}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "rectification-overdue", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void announceNow() {
		int announced = announce(LocalDate.now(clock.withZone(BEIJING)));
		log.info("Overdue rectifications announced: {}", announced);
	}

	/** Announces every order overdue on the day that was not announced before; returns how many. */
	@Transactional
	public int announce(LocalDate today) {
		int announced = 0;
		for (Rectification r : rectifications.overdueUnannounced(today, Rectifications.OPEN)) {
			r.overdueNotified(today);
			audit.record("system", "RECTIFICATION_OVERDUE", "Rectification", r.getId(), AuditOutcome.SUCCESS,
					"deadline " + r.getDeadline());
			rectifications.saveAndFlush(r);
			announced++;
		}
		return announced;
	}
}
