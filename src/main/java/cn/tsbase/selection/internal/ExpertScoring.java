package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.selection.ExpertScoreView;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The expert's own score of an assignment: saved as drafts, then submitted complete and locked (until the municipal
 * bureau reopens it, {@link RoundRelease#reopenScore}). Only after the expert declared no conflict.
 */
@Service
public class ExpertScoring {

	public static final int MAX_COMMENT = 1000;
	public static final int MAX_OVERALL_COMMENT = 2000;

	private final ExpertAssignments expertAssignments;
	private final ExpertScoreRepository scores;
	private final RubricService rubrics;
	private final AuditLog audit;
	private final Clock clock;

	ExpertScoring(ExpertAssignments expertAssignments, ExpertScoreRepository scores, RubricService rubrics,
			AuditLog audit, Clock clock) {
		this.expertAssignments = expertAssignments;
		this.scores = scores;
		this.rubrics = rubrics;
		this.audit = audit;
		this.clock = clock;
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
		public static ScoreInput of(ExpertScoreView score) {
			Map<String, String> scores = new HashMap<>();
			Map<String, String> comments = new HashMap<>();
			Map<String, String> vetoes = new HashMap<>();
			if (score != null) {
				score.lines().forEach((code, line) -> {
					if (line.score() != null) {
						scores.put(code, line.score().stripTrailingZeros().toPlainString());
					}
					if (line.vetoFailed() != null) {
						vetoes.put(code, line.vetoFailed() ? "fail" : "pass");
					}
					if (line.comment() != null) {
						comments.put(code, line.comment());
					}
				});
			}
			return new ScoreInput(scores, comments, vetoes, score == null ? null : score.overallComment());
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
		Assignment assignment = expertAssignments.mine(assignmentId, expert);
		ReviewRound round = expertAssignments.openRoundOf(assignment);
		if (!assignment.hasDeclaredNoConflict()) {
			throw new StateConflictException("review.declareFirst", "Assignment " + assignmentId);
		}
		ExpertScore score = scores.findByAssignmentId(assignmentId).orElse(null);
		if (score != null && score.isSubmitted()) {
			throw new StateConflictException("score.locked", "Score of " + assignmentId + " is submitted");
		}
		List<Indicator> items = rubrics.items(round.getRubricId());
		List<ReviewProblem> problems = new ArrayList<>();
		Map<String, ScoreLine> lines = new LinkedHashMap<>();
		for (Indicator item : items) {
			String comment = blankToNull(input.comments().get(item.code()));
			if (comment != null && comment.length() > MAX_COMMENT) {
				problems.add(ReviewProblem.onField("comment." + item.code(), "score.comment.tooLong", MAX_COMMENT));
			}
			if (!item.veto()) {
				BigDecimal value = parse(item, input.scores().get(item.code()), submit, problems);
				if (value != null || comment != null) {
					lines.put(item.code(), new ScoreLine(value, null, comment));
				}
			}
			else {
				String answer = blankToNull(input.vetoes().get(item.code()));
				Boolean failed = "fail".equals(answer) ? Boolean.TRUE : "pass".equals(answer) ? Boolean.FALSE : null;
				if (failed == null && submit) {
					problems.add(ReviewProblem.onField("veto." + item.code(), "score.veto.required"));
				}
				if (Boolean.TRUE.equals(failed) && comment == null && submit) {
					problems.add(ReviewProblem.onField("comment." + item.code(), "score.veto.reasonRequired"));
				}
				if (failed != null || comment != null) {
					lines.put(item.code(), new ScoreLine(null, failed, comment));
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

	private static BigDecimal parse(Indicator item, String text, boolean submit, List<ReviewProblem> problems) {
		String field = "score." + item.code();
		String value = blankToNull(text);
		if (value == null) {
			if (submit) {
				problems.add(ReviewProblem.onField(field, "score.required", item.name()));
			}
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException notANumber) {
			problems.add(ReviewProblem.onField(field, "score.invalid", item.name()));
			return null;
		}
		if (number.stripTrailingZeros().scale() > 2 || !item.accepts(number)) {
			problems.add(ReviewProblem.onField(field, "score.outOfRange", item.name(),
					item.lowest().stripTrailingZeros().toPlainString(),
					item.points().stripTrailingZeros().toPlainString()));
			return null;
		}
		return number.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
