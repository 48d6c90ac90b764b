package cn.tsbase.selection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.selection.AssignmentView;
import cn.tsbase.selection.ExpertAssignmentsReleased;
import cn.tsbase.selection.ExpertScoreReopened;
import cn.tsbase.selection.ExpertView;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * What the experts of an open round are told of: the release of their assignments
 * ({@link ExpertAssignmentsReleased}) and the reopening of a score they submitted ({@link ExpertScoreReopened}).
 */
@Service
public class RoundRelease {

	private final RoundReading reading;
	private final ReviewRoundRepository rounds;
	private final AssignmentRepository assignments;
	private final ExpertScoreRepository scores;
	private final ExpertRepository experts;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	RoundRelease(RoundReading reading, ReviewRoundRepository rounds, AssignmentRepository assignments,
			ExpertScoreRepository scores, ExpertRepository experts, ApplicationEventPublisher events, AuditLog audit,
			Clock clock) {
		this.reading = reading;
		this.rounds = rounds;
		this.assignments = assignments;
		this.scores = scores;
		this.experts = experts;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Releases the assignments not yet released: every declaration must have its experts. Only now are the experts
	 * told ({@link ExpertAssignmentsReleased}).
	 *
	 * @return why not; empty when released
	 */
	@Transactional
	public List<ReviewProblem> release(long id, String officer) {
		ReviewRound round = reading.openRound(id);
		RoundView view = reading.view(id);
		List<ReviewProblem> problems = new ArrayList<>();
		for (RoundView.Entry entry : view.incomplete()) {
			problems.add(ReviewProblem.of("assignment.release.incomplete", entry.candidate().unitName(),
					view.assignmentsOf(entry.declarationId()).size(), round.getExpertsPerDeclaration()));
		}
		List<AssignmentView> pending = view.assignments().stream().filter(a -> !a.released()).toList();
		if (pending.isEmpty() && problems.isEmpty()) {
			problems.add(ReviewProblem.of("assignment.release.nothing"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Instant now = clock.instant();
		Map<Long, Integer> released = new TreeMap<>();
		for (AssignmentView assignment : pending) {
			assignments.findById(assignment.id()).orElseThrow().release(now);
			released.merge(assignment.expertId(), 1, Integer::sum);
		}
		round.release(now);
		rounds.flush();
		List<ExpertAssignmentsReleased.Released> told = new ArrayList<>();
		released.forEach((expertId, count) -> {
			ExpertView expert = view.experts().get(expertId);
			told.add(new ExpertAssignmentsReleased.Released(expert.accountId(), expert.name(), count));
		});
		events.publishEvent(new ExpertAssignmentsReleased(id, round.getName(), round.getDeadline(), told));
		audit.record(officer, "ASSIGNMENTS_RELEASED", "ReviewRound", id, AuditOutcome.SUCCESS,
				pending.size() + " assignments to " + told.size() + " experts");
		return List.of();
	}

	/** Reopens an expert's submitted score for them to change; they are told. */
	@Transactional
	public void reopenScore(long id, long assignmentId, String officer) {
		ReviewRound round = reading.openRound(id);
		Assignment assignment = reading.assignmentOf(id, assignmentId);
		ExpertScore score = scores.findByAssignmentId(assignmentId)
			.orElseThrow(() -> new StateConflictException("score.notSubmitted", "No score for " + assignmentId));
		score.reopen(officer, clock.instant());
		scores.flush();
		Expert expert = experts.findById(assignment.getExpertId()).orElseThrow();
		String unit = reading.candidatesByDeclaration(id).get(assignment.getDeclarationId()).getUnitName();
		audit.record(officer, "EXPERT_SCORE_REOPENED", "Assignment", assignmentId, AuditOutcome.SUCCESS,
				"expert " + expert.getUsername() + ", declaration " + assignment.getDeclarationId());
		events.publishEvent(new ExpertScoreReopened(id, round.getName(), assignmentId, expert.getAccountId(), unit));
	}
}
