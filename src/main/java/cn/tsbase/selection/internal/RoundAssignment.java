package cn.tsbase.selection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Assigning an open round's experts to its declarations: automatically ({@link AssignmentSolver}) after detecting
 * conflicts afresh ({@link RoundConflicts}), and pair by pair by hand. Nobody is told until the release
 * ({@link RoundRelease}).
 */
@Service
public class RoundAssignment {

	private final RoundReading reading;
	private final RoundConflicts roundConflicts;
	private final AssignmentRepository assignments;
	private final ExpertScoreRepository scores;
	private final ExpertRepository experts;
	private final AuditLog audit;
	private final Clock clock;

	RoundAssignment(RoundReading reading, RoundConflicts roundConflicts, AssignmentRepository assignments,
			ExpertScoreRepository scores, ExpertRepository experts, AuditLog audit, Clock clock) {
		this.reading = reading;
		this.roundConflicts = roundConflicts;
		this.assignments = assignments;
		this.scores = scores;
		this.experts = experts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Assigns experts with {@link AssignmentSolver} after detecting conflicts afresh. Pairs set by hand and pairs
	 * already released stay; the other pairs are replaced by the solution. When no assignment meets the rules,
	 * nothing changes and the outcome says why.
	 */
	@Transactional
	public AssignmentOutcome assignAutomatically(long id, String officer) {
		ReviewRound round = reading.openRound(id);
		List<RoundConflict> current = roundConflicts.standing(round, officer);
		Map<Long, Candidate> candidatesByDeclaration = reading.candidatesByDeclaration(id);
		List<AssignmentProblem.Declaration> declarationsToReview = candidatesByDeclaration.values()
			.stream()
			.map(c -> new AssignmentProblem.Declaration(c.getDeclarationId(), c.getIndustryCode()))
			.toList();
		List<AssignmentProblem.Expert> invited = experts.findByIdIn(round.getExpertIds())
			.stream()
			.map(e -> new AssignmentProblem.Expert(e.getId(), e.getFields(), e.isAvailable()))
			.toList();
		List<Assignment> existing = assignments.findByRoundIdOrderByDeclarationIdAscExpertIdAsc(id);
		Set<ReviewPair> fixed = existing.stream()
			.filter(a -> a.isReleased() || a.isManual())
			.map(Assignment::pair)
			.collect(Collectors.toSet());
		AssignmentOutcome outcome = AssignmentSolver.solve(new AssignmentProblem(declarationsToReview, invited,
				current.stream().map(RoundConflict::pair).collect(Collectors.toSet()), fixed,
				round.getExpertsPerDeclaration(), round.getMaximumLoad(), AssignmentProblem.DEFAULT_MISMATCH_PENALTY));
		if (outcome instanceof AssignmentOutcome.Assigned assigned) {
			existing.stream().filter(a -> !fixed.contains(a.pair())).forEach(assignments::delete);
			assignments.flush();
			Instant now = clock.instant();
			int added = 0;
			for (AssignmentOutcome.AssignedPair pair : assigned.pairs()) {
				if (!pair.fixed()) {
					assignments.save(new Assignment(id, pair.expertId(), pair.declarationId(), false,
							pair.expertiseMatch(), now));
					added++;
				}
			}
			audit.record(officer, "ASSIGNED_AUTOMATICALLY", "ReviewRound", id, AuditOutcome.SUCCESS,
					added + " pairs assigned, " + fixed.size() + " kept");
		}
		else {
			audit.record(officer, "ASSIGNED_AUTOMATICALLY", "ReviewRound", id, AuditOutcome.FAILURE,
					((AssignmentOutcome.Infeasible) outcome).reasons()
						.stream()
						.map(r -> r.reason().name())
						.collect(Collectors.joining(", ")));
		}
		return outcome;
	}

	/**
	 * Adds a pair by hand, if it keeps the rules: the expert is invited and available, not in conflict with the
	 * declaration (detected now or declared), under the maximum load, and the declaration still needs an expert.
	 *
	 * @return why not, in words with names; empty when added
	 */
	@Transactional
	public List<ReviewProblem> addPair(long id, long expertId, long declarationId, String officer) {
		ReviewRound round = reading.openRound(id);
		Map<Long, Candidate> byDeclaration = reading.candidatesByDeclaration(id);
		Candidate candidate = byDeclaration.get(declarationId);
		if (candidate == null) {
			throw new NotFoundException("Declaration " + declarationId + " in round " + id);
		}
		Expert expert = experts.findById(expertId).orElseThrow(() -> new NotFoundException("Expert " + expertId));
		String unit = candidate.getUnitName();
		List<ReviewProblem> problems = new ArrayList<>();
		if (!round.getExpertIds().contains(expertId)) {
			problems.add(ReviewProblem.of("assignment.add.notInvited", expert.getName()));
			return problems;
		}
		List<Assignment> existing = assignments.findByRoundIdOrderByDeclarationIdAscExpertIdAsc(id);
		if (existing.stream().anyMatch(a -> a.getExpertId() == expertId && a.getDeclarationId() == declarationId)) {
			problems.add(ReviewProblem.of("assignment.add.duplicate", expert.getName(), unit));
			return problems;
		}
		if (!expert.isAvailable()) {
			problems.add(ReviewProblem.of("assignment.add.unavailable", expert.getName()));
		}
		for (RoundConflicts.ConflictView conflict : roundConflicts.conflictsOfPair(id, expert, candidate)) {
			problems.add(ReviewProblem.of("assignment.add.conflicted", expert.getName(), unit, conflict.reason()));
		}
		long load = existing.stream().filter(a -> a.getExpertId() == expertId).count();
		if (load >= round.getMaximumLoad()) {
			problems.add(ReviewProblem.of("assignment.add.overloaded", expert.getName(), load,
					round.getMaximumLoad()));
		}
		long reviewers = existing.stream().filter(a -> a.getDeclarationId() == declarationId).count();
		if (reviewers >= round.getExpertsPerDeclaration()) {
			problems.add(ReviewProblem.of("assignment.add.full", unit, reviewers, round.getExpertsPerDeclaration()));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		boolean match = candidate.getIndustryCode() != null && expert.getFields().contains(candidate.getIndustryCode());
		assignments.save(new Assignment(id, expertId, declarationId, true, match, clock.instant()));
		audit.record(officer, "ASSIGNMENT_ADDED", "ReviewRound", id, AuditOutcome.SUCCESS,
				"expert " + expertId + ", declaration " + declarationId);
		return List.of();
	}

	/**
	 * Removes a pair. A pair whose score was submitted stays (reopen the score first); a draft score goes with it.
	 */
	@Transactional
	public void removePair(long id, long assignmentId, String officer) {
		reading.openRound(id);
		Assignment assignment = reading.assignmentOf(id, assignmentId);
		scores.findByAssignmentId(assignmentId).ifPresent(score -> {
			if (score.isSubmitted()) {
				throw new StateConflictException("assignment.remove.scored", "Assignment " + assignmentId);
			}
			scores.delete(score);
		});
		scores.flush();
		assignments.delete(assignment);
		audit.record(officer, "ASSIGNMENT_REMOVED", "ReviewRound", id, AuditOutcome.SUCCESS,
				"expert " + assignment.getExpertId() + ", declaration " + assignment.getDeclarationId()
						+ (assignment.isReleased() ? " (released)" : ""));
	}
}
