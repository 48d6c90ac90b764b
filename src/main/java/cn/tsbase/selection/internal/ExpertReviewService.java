package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationParties;
import cn.tsbase.selection.ExpertConflictDeclared;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * The expert's side of the review: their released assignments (nothing else exists for them: every query is scoped to
 * the expert's account and to released assignments), the conflict-of-interest declaration that must come before the
 * declaration opens, and their own score — saved as drafts, then submitted and locked. An expert never sees another
 * expert's score.
 */
@Service
public class ExpertReviewService {

	private static final DataScope MUNICIPAL = new DataScope(DataScope.Kind.ALL, null, null);

	public static final int MAX_COMMENT = 1000;
	public static final int MAX_OVERALL_COMMENT = 2000;
	public static final int MAX_CONFLICT_NOTE = 500;

	private final AssignmentRepository assignments;
	private final ExpertScoreRepository scores;
	private final ReviewRoundRepository rounds;
	private final RoundConflictRepository conflicts;
	private final CandidateRepository candidates;
	private final ExpertRepository experts;
	private final RubricService rubrics;
	private final DeclarationManagement declarations;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	ExpertReviewService(AssignmentRepository assignments, ExpertScoreRepository scores, ReviewRoundRepository rounds,
			RoundConflictRepository conflicts, CandidateRepository candidates,
			ExpertRepository experts, RubricService rubrics, DeclarationManagement declarations,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.assignments = assignments;
		this.scores = scores;
		this.rounds = rounds;
		this.conflicts = conflicts;
		this.candidates = candidates;
		this.experts = experts;
		this.rubrics = rubrics;
		this.declarations = declarations;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** One of the expert's released assignments with its round, its candidate and the expert's own score. */
	public record MyAssignment(Assignment assignment, ReviewRound round, Candidate candidate, ExpertScore score) {

		public boolean submitted() {
			return score != null && score.isSubmitted();
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
			.map(a -> new MyAssignment(a, roundsById.get(a.getRoundId()), byDeclaration.get(a.getDeclarationId()),
					byAssignment.get(a.getId())))
			.toList();
	}

	private Map<Long, Candidate> candidatesOf(List<Assignment> mine) {
		return candidates.findByDeclarationIdIn(mine.stream().map(Assignment::getDeclarationId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Candidate::getDeclarationId, Function.identity()));
	}

	/** An assignment as the expert works on it. */
	public record MyReview(MyAssignment mine, DeclarationParties parties, List<RubricItem> items) {

		public Assignment assignment() {
			return mine.assignment();
		}

		public ReviewRound round() {
			return mine.round();
		}

		public Candidate candidate() {
			return mine.candidate();
		}

		public ExpertScore score() {
			return mine.score();
		}

		public List<RubricItem> criteria() {
			return items.stream().filter(RubricItem::isCriterion).toList();
		}

		public List<RubricItem> vetoItems() {
			return items.stream().filter(RubricItem::isVeto).toList();
		}

		/** The declaration's content is open to the expert: declared no conflict, round not decided. */
		public boolean contentOpen() {
			return assignment().hasDeclaredNoConflict() && !round().isDecided();
		}

		/** The expert may still change their score. */
		public boolean editable() {
			return contentOpen() && (score() == null || !score().isSubmitted());
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
		return new MyReview(new MyAssignment(assignment, round, candidate, score), parties,
				rubrics.items(round.getRubricId()));
	}

	private Assignment mine(long assignmentId, CurrentUser expert) {
		if (!expert.hasRole(Role.EXPERT)) {
			throw new NotFoundException("Assignment " + assignmentId);
		}
		return assignments.findReleasedOf(assignmentId, expert.getId())
			.orElseThrow(() -> new NotFoundException("Assignment " + assignmentId));
	}

	private ReviewRound openRoundOf(Assignment assignment) {
		ReviewRound round = rounds.findById(assignment.getRoundId()).orElseThrow();
		round.requireOpen();
		return round;
	}

	/** The expert states that they have no conflict of interest: the declaration opens to them. */
	@Transactional
	public void declareNoConflict(long assignmentId, CurrentUser expert) {
		Assignment assignment = mine(assignmentId, expert);
		openRoundOf(assignment);
		boolean first = !assignment.hasDeclaredNoConflict();
		assignment.declareNoConflict(clock.instant());
		assignments.flush();
		if (first) {
			audit.record(expert.getUsername(), "CONFLICT_DECLARED_NONE", "Assignment", assignmentId,
					AuditOutcome.SUCCESS, "declaration " + assignment.getDeclarationId());
		}
	}

	/**
	 * The expert states a conflict of interest (with what it is): the assignment and any draft score go, the conflict
	 * is kept for the round, and the municipal bureau is told to reassign. Not after the score was submitted.
	 *
	 * @return what is missing; empty when recorded
	 */
	@Transactional
	public List<ReviewProblem> declareConflict(long assignmentId, String note, CurrentUser expert) {
		Assignment assignment = mine(assignmentId, expert);
		ReviewRound round = openRoundOf(assignment);
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
		Candidate candidate = candidatesOf(List.of(assignment)).get(assignment.getDeclarationId());
		audit.record(expert.getUsername(), "CONFLICT_DECLARED", "Assignment", assignmentId, AuditOutcome.SUCCESS,
				"declaration " + assignment.getDeclarationId());
		events.publishEvent(new ExpertConflictDeclared(round.getId(), round.getName(),
				assignment.getDeclarationId(), candidate.getUnitName(), me.getName()));
		return List.of();
	}

	/**
	 * What the expert entered: scores and comments by criterion code, "pass" or "fail" by veto item code, comments by
	 * veto item code, and an overall comment. Blank entries are absent.
	 */
	public record ScoreInput(Map<String, String> scores, Map<String, String> comments, Map<String, String> vetoes,
			String overallComment) {

		public ScoreInput {
			scores = scores == null ? Map.of() : Map.copyOf(scores);
			comments = comments == null ? Map.of() : Map.copyOf(comments);
			vetoes = vetoes == null ? Map.of() : Map.copyOf(vetoes);
		}

		/** The input as the stored score holds it: what the form shows again. */
		public static ScoreInput of(ExpertScore score) {
			Map<String, String> scores = new HashMap<>();
			Map<String, String> comments = new HashMap<>();
			Map<String, String> vetoes = new HashMap<>();
			if (score != null) {
				score.getLines().forEach((code, line) -> {
					if (line.getScore() != null) {
						scores.put(code, line.getScore().stripTrailingZeros().toPlainString());
					}
					if (line.getVetoFailed() != null) {
						vetoes.put(code, line.getVetoFailed() ? "fail" : "pass");
					}
					if (line.getComment() != null) {
						comments.put(code, line.getComment());
					}
				});
			}
			return new ScoreInput(scores, comments, vetoes, score == null ? null : score.getOverallComment());
		}
	}

	/**
	 * Saves the expert's score as a draft, or submits it (complete: every criterion scored, every veto item judged,
	 * a failed veto item explained); a submitted score is locked. Only after the expert declared no conflict.
	 *
	 * @return the problems by field ({@code score.<code>}, {@code veto.<code>}, {@code comment.<code>},
	 *         {@code overallComment}); empty when saved
	 */
	@Transactional
	public List<ReviewProblem> save(long assignmentId, ScoreInput input, boolean submit, CurrentUser expert) {
		Assignment assignment = mine(assignmentId, expert);
		ReviewRound round = openRoundOf(assignment);
		if (!assignment.hasDeclaredNoConflict()) {
			throw new StateConflictException("review.declareFirst", "Assignment " + assignmentId);
		}
		ExpertScore score = scores.findByAssignmentId(assignmentId).orElse(null);
		if (score != null && score.isSubmitted()) {
			throw new StateConflictException("score.locked", "Score of " + assignmentId + " is submitted");
		}
		List<RubricItem> items = rubrics.items(round.getRubricId());
		List<ReviewProblem> problems = new ArrayList<>();
		Map<String, ScoreLine> lines = new LinkedHashMap<>();
		for (RubricItem item : items) {
			String comment = blankToNull(input.comments().get(item.getCode()));
			if (comment != null && comment.length() > MAX_COMMENT) {
				problems.add(ReviewProblem.onField("comment." + item.getCode(), "score.comment.tooLong", MAX_COMMENT));
			}
			if (item.isCriterion()) {
				BigDecimal value = parse(item, input.scores().get(item.getCode()), submit, problems);
				if (value != null || comment != null) {
					lines.put(item.getCode(), new ScoreLine(value, null, comment));
				}
			}
			else {
				String answer = blankToNull(input.vetoes().get(item.getCode()));
				Boolean failed = "fail".equals(answer) ? Boolean.TRUE : "pass".equals(answer) ? Boolean.FALSE : null;
				if (failed == null && submit) {
					problems.add(ReviewProblem.onField("veto." + item.getCode(), "score.veto.required"));
				}
				if (Boolean.TRUE.equals(failed) && comment == null && submit) {
					problems.add(ReviewProblem.onField("comment." + item.getCode(), "score.veto.reasonRequired"));
				}
				if (failed != null || comment != null) {
					lines.put(item.getCode(), new ScoreLine(null, failed, comment));
				}
			}
		}
		String overall = blankToNull(input.overallComment());
		if (overall != null && overall.length() > MAX_OVERALL_COMMENT) {
			problems.add(ReviewProblem.onField("overallComment", "score.comment.tooLong", MAX_OVERALL_COMMENT));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		if (score == null) {
			score = scores.save(new ExpertScore(assignmentId, clock.instant()));
		}
		score.save(lines, overall, clock.instant());
		if (submit) {
			score.submit(clock.instant());
		}
		scores.flush();
		audit.record(expert.getUsername(), submit ? "EXPERT_SCORE_SUBMITTED" : "EXPERT_SCORE_SAVED", "Assignment",
				assignmentId, AuditOutcome.SUCCESS, "declaration " + assignment.getDeclarationId());
		return List.of();
	}

	private static BigDecimal parse(RubricItem item, String text, boolean submit, List<ReviewProblem> problems) {
		String field = "score." + item.getCode();
		String value = blankToNull(text);
		if (value == null) {
			if (submit) {
				problems.add(ReviewProblem.onField(field, "score.required", item.getName()));
			}
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException notANumber) {
			problems.add(ReviewProblem.onField(field, "score.invalid", item.getName()));
			return null;
		}
		if (number.stripTrailingZeros().scale() > 2 || number.compareTo(item.getMinScore()) < 0
				|| number.compareTo(item.getMaxScore()) > 0) {
			problems.add(ReviewProblem.onField(field, "score.outOfRange", item.getName(),
					item.getMinScore().stripTrailingZeros().toPlainString(),
					item.getMaxScore().stripTrailingZeros().toPlainString()));
			return null;
		}
		return number.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
