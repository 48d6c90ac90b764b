package cn.tsbase.selection.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationParties;
import cn.tsbase.selection.AssignmentView;
import cn.tsbase.selection.CandidateView;
import cn.tsbase.selection.ExpertScoreView;
import cn.tsbase.selection.ReviewRoundView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * The expert's side of the review as they read it: their released assignments (nothing else exists for them: every
 * query is scoped to the expert's account and to released assignments), and one of them with the declaration, the
 * rubric and their own score. An expert never sees another expert's score. The conflict-of-interest declaration is
 * {@link ConflictDeclarations}, the scoring {@link ExpertScoring}.
 */
@Service
public class ExpertAssignments {

	private static final DataScope MUNICIPAL = new DataScope(DataScope.Kind.ALL, null, null);

	private final AssignmentRepository assignments;
	private final ExpertScoreRepository scores;
	private final ReviewRoundRepository rounds;
	private final CandidateRepository candidates;
	private final RubricService rubrics;
	private final DeclarationManagement declarations;

	ExpertAssignments(AssignmentRepository assignments, ExpertScoreRepository scores, ReviewRoundRepository rounds,
			CandidateRepository candidates, RubricService rubrics, DeclarationManagement declarations) {
		this.assignments = assignments;
		this.scores = scores;
		this.rounds = rounds;
		this.candidates = candidates;
		this.rubrics = rubrics;
		this.declarations = declarations;
	}

	/** One of the expert's released assignments with its round, its candidate and the expert's own score. */
	public record MyAssignment(AssignmentView assignment, ReviewRoundView round, CandidateView candidate,
			ExpertScoreView score) {

		static MyAssignment of(Assignment assignment, ReviewRound round, Candidate candidate, ExpertScore score) {
			return new MyAssignment(assignment.view(), round.view(), candidate.view(), score == null ? null : score.view());
		}

		public boolean submitted() {
			return score != null && score.submitted();
		}
	}

	/** The expert's released assignments, newest round first. */
	@Transactional(readOnly = true)
	public List<MyAssignment> assignments(CurrentUser expert) {
		List<Assignment> mine = assignments.findReleasedOf(expert.getId());
		if (mine.isEmpty()) {
			return List.of();
		}
		Map<Long, ReviewRound> roundsById = rounds
			.findAllById(mine.stream().map(Assignment::getRoundId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(ReviewRound::getId, Function.identity()));
		Map<Long, Candidate> byDeclaration = candidatesOf(mine);
		Map<Long, ExpertScore> byAssignment = scores
			.findByAssignmentIdIn(mine.stream().map(Assignment::getId).toList())
			.stream()
			.collect(Collectors.toMap(ExpertScore::getAssignmentId, Function.identity()));
		return mine.stream()
			.map(a -> MyAssignment.of(a, roundsById.get(a.getRoundId()), byDeclaration.get(a.getDeclarationId()),
					byAssignment.get(a.getId())))
			.toList();
	}

	/** The candidates of these assignments by their declaration. */
	Map<Long, Candidate> candidatesOf(List<Assignment> mine) {
		return candidates.findByDeclarationIdIn(mine.stream().map(Assignment::getDeclarationId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Candidate::getDeclarationId, Function.identity()));
	}

	/** An assignment as the expert works on it. */
	public record MyReview(MyAssignment mine, DeclarationParties parties, List<Indicator> items) {

		public AssignmentView assignment() {
			return mine.assignment();
		}

		public ReviewRoundView round() {
			return mine.round();
		}

		public CandidateView candidate() {
			return mine.candidate();
		}

		public ExpertScoreView score() {
			return mine.score();
		}

		public List<Indicator> criteria() {
			return items.stream().filter(i -> !i.veto()).toList();
		}

		public List<Indicator> vetoItems() {
			return items.stream().filter(Indicator::veto).toList();
		}

		/** The declaration's content is open to the expert: declared no conflict, round not decided. */
		public boolean contentOpen() {
			return assignment().hasDeclaredNoConflict() && !round().decided();
		}

		/** The expert may still change their score. */
		public boolean editable() {
			return contentOpen() && (score() == null || !score().submitted());
		}
	}

	/**
	 * The expert's assignment, if it is theirs and released; anything else is "not found".
	 */
	@Transactional(readOnly = true)
	public MyReview review(long assignmentId, CurrentUser expert) {
		Assignment assignment = mine(assignmentId, expert);
		ReviewRound round = rounds.findById(assignment.getRoundId()).orElseThrow();
		Candidate candidate = candidatesOf(List.of(assignment)).get(assignment.getDeclarationId());
		ExpertScore score = scores.findByAssignmentId(assignmentId).orElse(null);
		DeclarationParties parties = declarations.parties(List.of(assignment.getDeclarationId()), MUNICIPAL)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Declaration " + assignment.getDeclarationId()));
		return new MyReview(MyAssignment.of(assignment, round, candidate, score), parties,
				rubrics.items(round.getRubricId()));
	}

	/** The expert's assignment, if it is theirs and released; anything else is "not found". */
	Assignment mine(long assignmentId, CurrentUser expert) {
		if (!expert.hasRole(Role.EXPERT)) {
			throw new NotFoundException("Assignment " + assignmentId);
		}
		return assignments.findReleasedOf(assignmentId, expert.getId())
			.orElseThrow(() -> new NotFoundException("Assignment " + assignmentId));
	}

	/** The assignment's round, which must still be open. */
	ReviewRound openRoundOf(Assignment assignment) {
		ReviewRound round = rounds.findById(assignment.getRoundId()).orElseThrow();
		round.requireOpen();
		return round;
	}
}
