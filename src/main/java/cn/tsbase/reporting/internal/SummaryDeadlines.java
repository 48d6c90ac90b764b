package cn.tsbase.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.referencedata.ReferenceItem;
import cn.tsbase.reporting.SummaryReportFoundDue;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal bureau's deadline for the annual summary reports of a year, and the reminders to the districts that
 * have not submitted theirs: {@value #DAYS_BEFORE} days before the deadline and the day after it. Each reminder is
 * recorded under a unique key (year, district, kind) in the same transaction as its event, so a rerun, a second
 * instance or a retry never announces it twice; the notification module tells the district's officers.
 */
@Service
public class SummaryDeadlines {

	static final int DAYS_BEFORE = 7;

	/** A deadline passed longer ago than this is not reminded of any more. */
	static final int OVERDUE_DAYS = 30;

	private static final Set<String> FILED = Set.of(SummaryReportStatus.SUBMITTED.name(),
			SummaryReportStatus.RESUBMITTED.name(), SummaryReportStatus.ACCEPTED.name());

	private static final Logger log = LoggerFactory.getLogger(SummaryDeadlines.class);

	/** The deadline of a year, with its version for the next change. */
	public record Deadline(int year, LocalDate dueOn, long version) {
	}

	private final JdbcTemplate jdbc;
	private final ReferenceData referenceData;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Clock clock;

	SummaryDeadlines(JdbcTemplate jdbc, ReferenceData referenceData, ApplicationEventPublisher events, AuditLog audit,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.referenceData = referenceData;
		this.events = events;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Deadline> of(int year) {
		return jdbc.query("select report_year, due_on, version from summary_deadline where report_year = ?",
				(rs, row) -> new Deadline(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getLong(3)), year)
			.stream()
			.findFirst();
	}

	/**
	 * Sets (or moves) the deadline of a year; {@code version} is the deadline's version as the officer saw it, null
	 * when there was none. Audited.
	 */
	@Transactional
	public void set(int year, LocalDate dueOn, Long version, CurrentUser officer) {
		if (!officer.scope().isAll()) {
			throw new org.springframework.security.access.AccessDeniedException("Municipal bureau only");
		}
		if (dueOn.getYear() < year || dueOn.getYear() > year + 1) {
			throw new InvalidRequestException("reporting.deadline.outOfRange");
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		Optional<Deadline> existing = of(year);
		int changed;
		if (existing.isEmpty()) {
			if (version != null) {
				throw new ObjectOptimisticLockingFailureException("SummaryDeadline", year);
			}
			changed = jdbc.update("""
					insert into summary_deadline (report_year, due_on, set_by, set_at, version) values (?, ?, ?, ?, 0)
					on conflict do nothing""", year, dueOn, officer.getUsername(), now);
		}
		else {
			changed = version == null ? 0 : jdbc.update("""
					update summary_deadline set due_on = ?, set_by = ?, set_at = ?, version = version + 1
					where report_year = ? and version = ?""", dueOn, officer.getUsername(), now, year, version);
		}
		if (changed == 0) {
			throw new ObjectOptimisticLockingFailureException("SummaryDeadline", year);
		}
		audit.record("SUMMARY_DEADLINE_SET", "SummaryReport", String.valueOf(year), AuditOutcome.SUCCESS,
				dueOn.toString());
	}

	/** Daily with the other deadline reminders, on one instance. */
	@Scheduled(cron = "${tsbase.notification.reminder-cron}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "summary-deadline-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void remindNow() {
		int sent = remind(LocalDate.now(clock.withZone(SummaryReports.BEIJING)));
		log.info("Summary deadline reminders announced: {}", sent);
	}

	/**
	 * Announces every reminder due on the given day that was not announced before: for each deadline from
	 * {@value #DAYS_BEFORE} days ahead to {@value #OVERDUE_DAYS} days past, each active district whose report of the
	 * year is not submitted.
	 *
	 * @return how many were announced
	 */
	public int remind(LocalDate today) {
		List<Deadline> deadlines = transactions.execute(status -> jdbc.query("""
				select report_year, due_on, version from summary_deadline where due_on between ? and ?""",
				(rs, row) -> new Deadline(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getLong(3)),
				today.minusDays(OVERDUE_DAYS), today.plusDays(DAYS_BEFORE)));
		int sent = 0;
		for (Deadline deadline : deadlines) {
			boolean overdue = today.isAfter(deadline.dueOn());
			Map<String, Long> unfiled = new HashMap<>();
			Set<String> filed = new java.util.HashSet<>();
			transactions.executeWithoutResult(status -> jdbc.query(
					"select district_code, id, status from summary_report where report_year = ?", rs -> {
						if (FILED.contains(rs.getString(3))) {
							filed.add(rs.getString(1));
						}
						else {
							unfiled.put(rs.getString(1), rs.getLong(2));
						}
					}, deadline.year()));
			for (ReferenceItem district : referenceData.active(ReferenceCategory.DISTRICT)) {
				if (filed.contains(district.code())) {
					continue;
				}
				var event = new SummaryReportFoundDue(deadline.year(), district.code(),
						district.label(Locale.SIMPLIFIED_CHINESE), deadline.dueOn(), overdue,
						unfiled.get(district.code()));
				if (once(event)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean once(SummaryReportFoundDue event) {
		Boolean sent = transactions.execute(status -> {
			int recorded = jdbc.update("""
					insert into summary_reminder (report_year, district_code, kind, sent_at) values (?, ?, ?, ?)
					on conflict do nothing""", event.year(), event.districtCode(), event.overdue() ? "OVERDUE" : "DUE",
					OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
			if (recorded == 0) {
				return false;
			}
			events.publishEvent(event);
			return true;
		});
		return Boolean.TRUE.equals(sent);
	}
}
