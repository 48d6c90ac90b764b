package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Daily, on one instance: in June and December, every district in the pilot that has not filed the report of the
 * half-year ending that month hears of it once: the pilot registers {@link cn.tsbase.evaluation.PilotProgressReportDue}
 * and the notification module sends the reminder.
 */
@Component
public class PilotProgressReminders {

	private static final Logger log = LoggerFactory.getLogger(PilotProgressReminders.class);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final DistrictPilotRepository pilots;
	private final PilotProgressReportRepository reports;
	private final AuditLog audit;
	private final Clock clock;

	PilotProgressReminders(DistrictPilotRepository pilots, PilotProgressReportRepository reports,
			AuditLog audit, Clock clock) {
		this.pilots = pilots;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${tsbase.notification.reminder-cron}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "pilot-progress-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void remindNow() {
		log.info("Pilot progress reminders: {}", remind(LocalDate.now(clock.withZone(BEIJING))));
	}

	/** Announces every missing report of the half-year ending this month (June or December); returns how many. */
	@Transactional
	public int remind(LocalDate today) {
		if (today.getMonthValue() != 6 && today.getMonthValue() != 12) {
			return 0;
		}
		int year = today.getYear();
		int half = today.getMonthValue() == 6 ? 1 : 2;
		int reminded = 0;
		for (DistrictPilot pilot : pilots.findByStageIn(List.of(PilotStage.IN_PILOT, PilotStage.MID_TERM))) {
			if (reports.existsByPilotIdAndYearAndHalf(pilot.getId(), year, half) || !pilot.remind(year, half)) {
				continue;
			}
			audit.record("system", "PILOT_PROGRESS_DUE", "DistrictPilot", pilot.getId(), AuditOutcome.SUCCESS,
					year + "-" + half);
			pilots.saveAndFlush(pilot);
			reminded++;
		}
		return reminded;
	}
}
