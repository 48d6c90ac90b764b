package cn.tsbase.selection.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tsbase.selection.AssignmentView;
import cn.tsbase.selection.CandidateView;
import cn.tsbase.selection.ExpertScoreView;
import cn.tsbase.selection.ExpertView;
import cn.tsbase.selection.ReviewRoundView;
import cn.tsbase.selection.RoundCandidateView;
import cn.tsbase.selection.RoundConflictView;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * Everything the officer's pages of a round show, loaded in a bounded number of queries: the round and its rubric,
 * the candidates, the invited experts, conflicts, assignments and the scores. Indexed once, so that a page of a
 * thousand declarations looks each one's experts up without scanning every assignment.
 */
public final class RoundView {

	/** A candidate of the round. */
	public record Entry(RoundCandidateView roundCandidate, CandidateView candidate) {

		public long declarationId() {
			return roundCandidate.declarationId();
		}
	}

	private final ReviewRoundView round;
	private final RubricVersion rubric;
	private final List<Indicator> items;
	private final List<Entry> entries;
	private final Map<Long, ExpertView> experts;
	private final List<RoundConflictView> conflicts;
	private final List<AssignmentView> assignments;
	private final Map<Long, ExpertScoreView> scoresByAssignment;

	private final Map<Long, Entry> entriesByDeclaration;
	private final Map<Long, List<AssignmentView>> assignmentsByDeclaration;
	private final Map<Long, List<RoundConflictView>> conflictsByDeclaration;
	private final Map<Long, Long> loads;
	private final List<ExpertView> invitedExperts;

	public RoundView(ReviewRoundView round, RubricVersion rubric, List<Indicator> items, List<Entry> entries,
			Map<Long, ExpertView> experts, List<RoundConflictView> conflicts, List<AssignmentView> assignments,
			Map<Long, ExpertScoreView> scoresByAssignment) {
		this.round = round;
		this.rubric = rubric;
		this.items = List.copyOf(items);
		this.entries = List.copyOf(entries);
		this.experts = Map.copyOf(experts);
		this.conflicts = List.copyOf(conflicts);
		this.assignments = List.copyOf(assignments);
		this.scoresByAssignment = Map.copyOf(scoresByAssignment);
		this.entriesByDeclaration = entries.stream().collect(Collectors.toMap(Entry::declarationId,
				Function.identity()));
		this.assignmentsByDeclaration = new HashMap<>();
		this.loads = new HashMap<>();
		for (AssignmentView assignment : assignments) {
			assignmentsByDeclaration.computeIfAbsent(assignment.declarationId(), d -> new ArrayList<>())
				.add(assignment);
			loads.merge(assignment.expertId(), 1L, Long::sum);
		}
		this.conflictsByDeclaration = conflicts.stream()
			.collect(Collectors.groupingBy(RoundConflictView::declarationId));
		this.invitedExperts = experts.values()
			.stream()
			.filter(e -> round.expertIds().contains(e.id()))
			.sorted(Comparator.comparing(ExpertView::name).thenComparing(ExpertView::id))
			.toList();
	}

	public ReviewRoundView round() {
		return round;
	}

	public RubricVersion rubric() {
		return rubric;
	}

	public List<Indicator> items() {
		return items;
	}

	public List<Entry> entries() {
		return entries;
	}

	/** The invited experts and every assigned one, by id. */
	public Map<Long, ExpertView> experts() {
		return experts;
	}

	public List<RoundConflictView> conflicts() {
		return conflicts;
	}

	public List<AssignmentView> assignments() {
		return assignments;
	}

	public Map<Long, ExpertScoreView> scoresByAssignment() {
		return scoresByAssignment;
	}

	public List<Indicator> criteria() {
		return items.stream().filter(i -> !i.veto()).toList();
	}

	public List<Indicator> vetoItems() {
		return items.stream().filter(Indicator::veto).toList();
	}

	/** The invited experts, by name. */
	public List<ExpertView> invitedExperts() {
		return invitedExperts;
	}

	public Entry entry(long declarationId) {
		return entriesByDeclaration.get(declarationId);
	}

	public String unitName(long declarationId) {
		Entry entry = entry(declarationId);
		return entry == null ? String.valueOf(declarationId) : entry.candidate().unitName();
	}

	public String expertName(long expertId) {
		ExpertView expert = experts.get(expertId);
		return expert == null ? String.valueOf(expertId) : expert.name();
	}

	public List<AssignmentView> assignmentsOf(long declarationId) {
		return assignmentsByDeclaration.getOrDefault(declarationId, List.of());
	}

	public List<RoundConflictView> conflictsOf(long declarationId) {
		return conflictsByDeclaration.getOrDefault(declarationId, List.of());
	}

	public long loadOf(long expertId) {
		return loads.getOrDefault(expertId, 0L);
	}

	public ExpertScoreView scoreOf(AssignmentView assignment) {
		return scoresByAssignment.get(assignment.id());
	}

	public boolean submitted(AssignmentView assignment) {
		ExpertScoreView score = scoreOf(assignment);
		return score != null && score.submitted();
	}

	public long unreleasedCount() {
		return assignments.stream().filter(a -> !a.released()).count();
	}

	public long submittedCount() {
		return assignments.stream().filter(this::submitted).count();
	}

	/** Declarations with fewer experts than the round needs. */
	public List<Entry> incomplete() {
		return entries.stream()
			.filter(e -> assignmentsOf(e.declarationId()).size() < round.expertsPerDeclaration())
			.toList();
	}
}
