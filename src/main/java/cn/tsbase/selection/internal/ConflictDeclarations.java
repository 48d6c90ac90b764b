package cn.tsbase.selection.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.selection.ConflictReason;
import cn.tsbase.selection.ExpertConflictDeclared;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The expert's conflict-of-interest declaration (回避声明), which must come before the declaration opens to them: none
 * (the declaration opens), or a conflict with what it is (the assignment goes and the municipal bureau is told,
 * {@link ExpertConflictDeclared}).
 */
@Service
public class ConflictDeclarations {

	public static final int MAX_CONFLICT_NOTE = 500;

	private final ExpertAssignments expertAssignments;
	private final AssignmentRepository assignments;
	private final ExpertScoreRepository scores;
	private final RoundConflictRepository conflicts;
	private final ExpertRepository experts;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	ConflictDeclarations(ExpertAssignments expertAssignments, AssignmentRepository assignments,
			ExpertScoreRepository scores, RoundConflictRepository conflicts, ExpertRepository experts,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.expertAssignments = expertAssignments;
		this.assignments = assignments;
		this.scores = scores;
		this.conflicts = conflicts;
		this.experts = experts;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The expert states that they have no conflict of interest: the declaration opens to them. */
	@Transactional
	public void declareNoConflict(long assignmentId, CurrentUser expert) {
		Assignment assignment = expertAssignments.mine(assignmentId, expert);
		expertAssignments.openRoundOf(assignment);
		assignments.save(assignment.declareNoConflict(clock.instant()));
	}

	/**
	 * The expert states a conflict of interest (with what it is): the assignment and any draft score go, the conflict
	 * is kept for the round, and the municipal bureau is told to reassign. Not after the score was submitted.
	 *
	 * @return what is missing; empty when recorded
	 */
	@Transactional
	public List<ReviewProblem> declareConflict(long assignmentId, String note, CurrentUser expert) {
		Assignment assignment = expertAssignments.mine(assignmentId, expert);
		ReviewRound round = expertAssignments.openRoundOf(assignment);
		if (note == null || note.isBlank() || note.strip().length() > MAX_CONFLICT_NOTE) {
			return List.of(ReviewProblem.onField("note", "review.conflict.noteRequired", MAX_CONFLICT_NOTE));
		}
		scores.findByAssignmentId(assignmentId).ifPresent(score -> {
			if (score.isSubmitted()) {
				throw new StateConflictException("score.locked", "Score of " + assignmentId + " is submitted");
			}
			scores.delete(score);
		});
		scores.flush();
		Expert me = experts.findById(assignment.getExpertId()).orElseThrow();
		conflicts.save(new RoundConflict(round.getId(), me.getId(), assignment.getDeclarationId(),
				ConflictReason.DECLARED_BY_EXPERT, null, null, note.strip(), expert.getUsername(), clock.instant()));
		assignments.delete(assignment);
		assignments.flush();
		Candidate candidate = expertAssignments.candidatesOf(List.of(assignment)).get(assignment.getDeclarationId());
		audit.record(expert.getUsername(), "CONFLICT_DECLARED", "Assignment", assignmentId, AuditOutcome.SUCCESS,
				"declaration " + assignment.getDeclarationId());
		events.publishEvent(new ExpertConflictDeclared(round.getId(), round.getName(),
				assignment.getDeclarationId(), candidate.getUnitName(), me.getName()));
		return List.of();
	}
}
