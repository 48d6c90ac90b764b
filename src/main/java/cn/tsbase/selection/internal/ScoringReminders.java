package cn.tsbase.selection.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.selection.ExpertScoringReminderFellDue;
import cn.tsbase.selection.RoundStatus;

/**
 * Reminds experts of declarations they have not submitted a score for, three days before a round's deadline and on
 * its last day. Like the notification module's deadline reminders: the job runs on one instance at a time (ShedLock),
 * and each reminder is recorded under a unique key (round, expert, kind) in the transaction that publishes it, so a
 * rerun or a second instance never sends it twice.
 */
@Component
public class ScoringReminders {

	static final String LOCK = "selection-scoring-reminders";

	private static final Logger log = LoggerFactory.getLogger(ScoringReminders.class);

	/** The windows of the two reminders, seen from now: (from, to]. */
	enum Kind {
		THREE_DAYS(Duration.ofDays(1), Duration.ofDays(3)), LAST_DAY(Duration.ZERO, Duration.ofDays(1));

		final Duration from;
		final Duration to;

		Kind(Duration from, Duration to) {
			this.from = from;
			this.to = to;
		}
	}

	private final ReviewRoundRepository rounds;
	private final AssignmentRepository assignments;
	private final ExpertScoreRepository scores;
	private final ExpertRepository experts;
	private final ApplicationEventPublisher events;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ScoringReminders(ReviewRoundRepository rounds, AssignmentRepository assignments, ExpertScoreRepository scores,
			ExpertRepository experts, ApplicationEventPublisher events, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.rounds = rounds;
		this.assignments = assignments;
		this.scores = scores;
		this.experts = experts;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Daily (by default at 09:30 Beijing time, {@code tsbase.selection.reminder-cron}), on one instance. */
	@Scheduled(cron = "${tsbase.selection.reminder-cron:0 30 9 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void remindNow() {
		log.info("Scoring reminders sent: {}", remind(clock.instant()));
	}

	/**
	 * Sends every scoring reminder due at the given time that was not sent before.
	 *
	 * @return how many experts were reminded
	 */
	public int remind(Instant now) {
		int sent = 0;
		for (Kind kind : Kind.values()) {
			List<ReviewRound> due = rounds.findByStatusAndDeadlineBetween(RoundStatus.RELEASED, now.plus(kind.from),
					now.plus(kind.to));
			for (ReviewRound round : due) {
				if (!round.getDeadline().isAfter(now.plus(kind.from))) {
					continue; // between is inclusive; the window is (from, to]
				}
				for (Map.Entry<Long, Integer> pending : pendingByExpert(round).entrySet()) {
					if (remindOnce(round, pending.getKey(), pending.getValue(), kind, now)) {
						sent++;
					}
				}
			}
		}
		return sent;
	}

	/** Each expert's released assignments of the round without a submitted score. */
	private Map<Long, Integer> pendingByExpert(ReviewRound round) {
		List<Assignment> released = assignments.findByRoundIdOrderByDeclarationIdAscExpertIdAsc(round.getId())
			.stream()
			.filter(Assignment::isReleased)
			.toList();
		java.util.Set<Long> submitted = new java.util.HashSet<>();
		if (!released.isEmpty()) {
			scores.findByAssignmentIdIn(released.stream().map(Assignment::getId).toList())
				.stream()
				.filter(ExpertScore::isSubmitted)
				.forEach(s -> submitted.add(s.getAssignmentId()));
		}
		Map<Long, Integer> pending = new TreeMap<>();
		released.stream()
			.filter(a -> !submitted.contains(a.getId()))
			.forEach(a -> pending.merge(a.getExpertId(), 1, Integer::sum));
		return pending;
	}

	private boolean remindOnce(ReviewRound round, long expertId, int pending, Kind kind, Instant now) {
		Boolean sent = transactions.execute(status -> {
			int recorded = jdbc.update("""
					insert into scoring_reminder (round_id, expert_id, kind, sent_at) values (?, ?, ?, ?)
					on conflict do nothing""", round.getId(), expertId, kind.name(),
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
			if (recorded == 0) {
				return false;
			}
			Expert expert = experts.findById(expertId).orElseThrow();
			events.publishEvent(new ExpertScoringReminderFellDue(round.getId(), round.getName(), round.getDeadline(),
					expert.getAccountId(), pending, kind == Kind.LAST_DAY));
			return true;
		});
		return Boolean.TRUE.equals(sent);
	}
}
