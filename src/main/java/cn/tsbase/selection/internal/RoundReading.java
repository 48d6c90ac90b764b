package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.selection.AssignmentView;
import cn.tsbase.selection.ExpertScoreView;
import cn.tsbase.selection.ExpertView;
import cn.tsbase.selection.ReviewRoundView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * Reading the review rounds: the list, a round with everything its pages show ({@link RoundView}), and the
 * aggregation of its submitted scores with the rankings ({@link ScoreAggregation}). The other use cases of a round
 * find it here, open or not.
 */
@Service
public class RoundReading {

	private final ReviewRoundRepository rounds;
	private final RoundCandidateRepository roundCandidates;
	private final RoundConflictRepository conflicts;
	private final AssignmentRepository assignments;
	private final ExpertScoreRepository scores;
	private final CandidateRepository candidates;
	private final ExpertRepository experts;
	private final RubricService rubrics;

	RoundReading(ReviewRoundRepository rounds, RoundCandidateRepository roundCandidates,
			RoundConflictRepository conflicts, AssignmentRepository assignments, ExpertScoreRepository scores,
			CandidateRepository candidates, ExpertRepository experts, RubricService rubrics) {
		this.rounds = rounds;
		this.roundCandidates = roundCandidates;
		this.conflicts = conflicts;
		this.assignments = assignments;
		this.scores = scores;
		this.candidates = candidates;
		this.experts = experts;
		this.rubrics = rubrics;
	}

	@Transactional(readOnly = true)
	public List<ReviewRoundView> all() {
		return rounds.findAllByOrderByYearDescIdDesc().stream().map(ReviewRound::view).toList();
	}

	@Transactional(readOnly = true)
	public ReviewRoundView round(long id) {
		return find(id).view();
	}

	ReviewRound find(long id) {
		return rounds.findById(id).orElseThrow(() -> new NotFoundException("Round " + id));
	}

	/** The round with everything its pages show. */
	@Transactional(readOnly = true)
	public RoundView view(long id) {
		ReviewRound round = find(id);
		RubricVersion rubric = rubrics.get(round.getRubricId());
		List<Indicator> items = rubrics.items(rubric.id());
		List<RoundCandidate> members = roundCandidates.findByRoundIdOrderById(id);
		Map<Long, Candidate> byId = candidates.findByIdIn(members.stream().map(RoundCandidate::getCandidateId).toList())
			.stream()
			.collect(Collectors.toMap(Candidate::getId, Function.identity()));
		List<RoundView.Entry> entries = members.stream()
			.map(m -> new RoundView.Entry(m.view(), byId.get(m.getCandidateId()).view()))
			.sorted(Comparator.comparing((RoundView.Entry e) -> e.candidate().baseType())
				.thenComparing(e -> e.candidate().unitName())
				.thenComparing(RoundView.Entry::declarationId))
			.toList();
		List<Assignment> assigned = assignments.findByRoundIdOrderByDeclarationIdAscExpertIdAsc(id);
		Set<Long> expertIds = new HashSet<>(round.getExpertIds());
		assigned.forEach(a -> expertIds.add(a.getExpertId()));
		Map<Long, ExpertView> expertsById = experts.findByIdIn(expertIds)
			.stream()
			.collect(Collectors.toMap(Expert::getId, Expert::view));
		Map<Long, ExpertScoreView> scoresByAssignment = assigned.isEmpty() ? Map.of()
				: scores.findByRound(id)
					.stream()
					.collect(Collectors.toMap(ExpertScore::getAssignmentId, ExpertScore::view));
		return new RoundView(round.view(), rubric, items, entries, expertsById,
				conflicts.findByRoundIdOrderByDeclarationIdAscExpertIdAscIdAsc(id)
					.stream()
					.map(RoundConflict::view)
					.toList(),
				assigned.stream().map(Assignment::view).toList(), scoresByAssignment);
	}

	/** The round, which must still be open: what every change to a round starts with. */
	ReviewRound openRound(long id) {
		ReviewRound round = find(id);
		round.requireOpen();
		return round;
	}

	/** The round's candidates by their declaration, in the order of the declarations. */
	Map<Long, Candidate> candidatesByDeclaration(long roundId) {
		return candidatesByDeclaration(roundCandidates.findByRoundIdOrderById(roundId));
	}

	/** The candidates of these members of a round by their declaration, in the order of the declarations. */
	Map<Long, Candidate> candidatesByDeclaration(List<RoundCandidate> members) {
		Map<Long, Candidate> byDeclaration = new TreeMap<>();
		candidates.findByIdIn(members.stream().map(RoundCandidate::getCandidateId).toList())
			.forEach(c -> byDeclaration.put(c.getDeclarationId(), c));
		return byDeclaration;
	}

	/** An assignment of the round; any other is "not found". */
	Assignment assignmentOf(long roundId, long assignmentId) {
		return assignments.findById(assignmentId)
			.filter(a -> a.getRoundId() == roundId)
			.orElseThrow(() -> new NotFoundException("Assignment " + assignmentId + " of round " + roundId));
	}

	// ---------------------------------------------------------------- aggregation and ranking

	/** The aggregation of a round's submitted scores, with what the pages need besides. */
	public record Results(RoundView view, ScoreAggregation.Result aggregation, Map<Long, Long> submittedByDeclaration) {

		public ScoreAggregation.DeclarationResult of(long declarationId) {
			return aggregation.declaration(declarationId);
		}

		public long submittedOf(long declarationId) {
			return submittedByDeclaration.getOrDefault(declarationId, 0L);
		}

		public long outstanding() {
			return view.assignments().size() - view.submittedCount();
		}

		/** A declaration's place in the raw ranking of its type, or {@code null} when it has none. */
		public Integer rawPosition(long declarationId) {
			return aggregation.rankings()
				.stream()
				.flatMap(r -> r.raw().stream())
				.filter(p -> p.declarationId() == declarationId)
				.findFirst()
				.map(ScoreAggregation.Place::position)
				.orElse(null);
		}

		public Integer normalisedPosition(long declarationId) {
			return aggregation.rankings()
				.stream()
				.flatMap(r -> r.normalised().stream())
				.filter(p -> p.declarationId() == declarationId)
				.findFirst()
				.map(ScoreAggregation.Place::position)
				.orElse(null);
		}

		/** The experts' totals of a declaration by expert name (the officer's view). */
		public Map<String, BigDecimal> totalsByExpertName(long declarationId) {
			Map<String, BigDecimal> totals = new LinkedHashMap<>();
			of(declarationId).totalsByExpert().forEach((expertId, total) -> totals.put(view.expertName(expertId), total));
			return totals;
		}
	}

	@Transactional(readOnly = true)
	public Results results(long id) {
		RoundView view = view(id);
		return results(view);
	}

	static Results results(RoundView view) {
		ScoreAggregation.Rubric rubric = RubricService.forAggregation(view.items());
		List<ScoreAggregation.Declaration> declarations = view.entries()
			.stream()
			.map(e -> new ScoreAggregation.Declaration(e.declarationId(), e.candidate().baseType()))
			.toList();
		List<ScoreAggregation.SubmittedScore> submitted = new ArrayList<>();
		Map<Long, Long> submittedByDeclaration = new HashMap<>();
		for (AssignmentView assignment : view.assignments()) {
			ExpertScoreView score = view.scoreOf(assignment);
			if (score == null || !score.submitted()) {
				continue;
			}
			Map<String, BigDecimal> values = new HashMap<>();
			rubric.criteria().forEach(c -> values.put(c.code(), score.score(c.code())));
			Set<String> failed = rubric.vetoItems()
				.stream()
				.filter(v -> Boolean.TRUE.equals(score.vetoFailed(v)))
				.collect(Collectors.toSet());
			submitted.add(new ScoreAggregation.SubmittedScore(assignment.expertId(), assignment.declarationId(),
					values, failed));
			submittedByDeclaration.merge(assignment.declarationId(), 1L, Long::sum);
		}
		return new Results(view, ScoreAggregation.aggregate(rubric, declarations, submitted,
				view.round().divergenceThreshold()), submittedByDeclaration);
	}
}
