package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Bases that let the self-evaluation deadline pass: the municipal bureau sets per round what then happens
 * ({@link MissedSelfEvaluationRule}, the platform's default unless changed before the deadline), and daily, on one
 * instance, every evaluation of an open round whose deadline (Beijing time) has passed and that was never submitted
 * is closed under the round's rule, marked 未自评, audited.
 */
@Component
public class MissedSelfEvaluations {

	private static final Logger log = LoggerFactory.getLogger(MissedSelfEvaluations.class);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final EvaluationRoundRepository rounds;
	private final EvaluationRepository evaluations;
	private final AuditLog audit;
	private final Clock clock;

	MissedSelfEvaluations(EvaluationRoundRepository rounds, EvaluationRepository evaluations, AuditLog audit,
			Clock clock) {
		this.rounds = rounds;
		this.evaluations = evaluations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The bureau sets the round's rule (409 once the round is published or its deadline has passed). */
	@Transactional
	public void setRule(long roundId, long version, MissedSelfEvaluationRule rule) {
		EvaluationRound round = rounds.findById(roundId)
			.orElseThrow(() -> new NotFoundException("Evaluation round " + roundId));
		if (round.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(EvaluationRound.class, roundId);
		}
		round.setMissedSelfRule(rule, today());
		audit.record("EVALUATION_MISSED_SELF_RULE_SET", "EvaluationRound", roundId, AuditOutcome.SUCCESS,
				rule.name());
	}

	@Scheduled(cron = "${tsbase.notification.reminder-cron}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "self-evaluation-deadline", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void closeNow() {
		log.info("Self-evaluations closed after the deadline: {}", close());
	}

	/** Closes every unsubmitted self-evaluation of an open round whose deadline has passed; returns how many. */
	@Transactional
	public int close() {
		LocalDate today = today();
		int closed = 0;
		for (EvaluationRound round : rounds.findByStatusAndSelfDeadlineBefore(RoundStatus.OPEN, today)) {
			for (Evaluation e : evaluations.findByRoundIdAndStatus(round.getId(), EvaluationStatus.SELF_EVALUATION)) {
				e.missSelfEvaluation(round.getMissedSelfRule(), round.getYear(), clock.instant());
				evaluations.save(e);
				audit.record("system", "SELF_EVALUATION_MISSED", "Evaluation", e.getId(), AuditOutcome.SUCCESS,
						round.getYear() + " " + round.getMissedSelfRule());
				closed++;
			}
		}
		return closed;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(BEIJING));
	}
}
