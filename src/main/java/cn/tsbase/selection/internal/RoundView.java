package cn.tsbase.selection.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * Everything the officer's pages of a round show, loaded in a bounded number of queries: the round and its rubric,
 * the candidates, the invited experts, conflicts, assignments and the scores. Indexed once, so that a page of a
 * thousand declarations looks each one's experts up without scanning every assignment.
 */
public final class RoundView {

	/** A candidate of the round. */
	public record Entry(RoundCandidate roundCandidate, Candidate candidate) {

		public long declarationId() {
			return roundCandidate.getDeclarationId();
		}
	}

	private final ReviewRound round;
	private final RubricVersion rubric;
	private final List<Indicator> items;
	private final List<Entry> entries;
	private final Map<Long, Expert> experts;
	private final List<RoundConflict> conflicts;
	private final List<Assignment> assignments;
	private final Map<Long, ExpertScore> scoresByAssignment;

	private final Map<Long, Entry> entriesByDeclaration;
	private final Map<Long, List<Assignment>> assignmentsByDeclaration;
	private final Map<Long, List<RoundConflict>> conflictsByDeclaration;
	private final Map<Long, Long> loads;
	private final List<Expert> invitedExperts;

	public RoundView(ReviewRound round, RubricVersion rubric, List<Indicator> items, List<Entry> entries,
			Map<Long, Expert> experts, List<RoundConflict> conflicts, List<Assignment> assignments,
			Map<Long, ExpertScore> scoresByAssignment) {
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
		for (Assignment assignment : assignments) {
			assignmentsByDeclaration.computeIfAbsent(assignment.getDeclarationId(), d -> new ArrayList<>())
				.add(assignment);
			loads.merge(assignment.getExpertId(), 1L, Long::sum);
		}
		this.conflictsByDeclaration = conflicts.stream()
			.collect(Collectors.groupingBy(RoundConflict::getDeclarationId));
		this.invitedExperts = experts.values()
			.stream()
			.filter(e -> round.getExpertIds().contains(e.getId()))
			.sorted(Comparator.comparing(Expert::getName).thenComparing(Expert::getId))
			.toList();
	}

	public ReviewRound round() {
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
	public Map<Long, Expert> experts() {
		return experts;
	}

	public List<RoundConflict> conflicts() {
		return conflicts;
	}

	public List<Assignment> assignments() {
		return assignments;
	}

	public Map<Long, ExpertScore> scoresByAssignment() {
		return scoresByAssignment;
	}

	public List<Indicator> criteria() {
		return items.stream().filter(i -> !i.veto()).toList();
	}

	public List<Indicator> vetoItems() {
		return items.stream().filter(Indicator::veto).toList();
	}

	/** The invited experts, by name. */
	public List<Expert> invitedExperts() {
		return invitedExperts;
	}

	public Entry entry(long declarationId) {
		return entriesByDeclaration.get(declarationId);
	}

	public String unitName(long declarationId) {
		Entry entry = entry(declarationId);
		return entry == null ? String.valueOf(declarationId) : entry.candidate().getUnitName();
	}

	public String expertName(long expertId) {
		Expert expert = experts.get(expertId);
		return expert == null ? String.valueOf(expertId) : expert.getName();
	}

	public List<Assignment> assignmentsOf(long declarationId) {
		return assignmentsByDeclaration.getOrDefault(declarationId, List.of());
	}

	public List<RoundConflict> conflictsOf(long declarationId) {
		return conflictsByDeclaration.getOrDefault(declarationId, List.of());
	}

	public long loadOf(long expertId) {
		return loads.getOrDefault(expertId, 0L);
	}

	public ExpertScore scoreOf(Assignment assignment) {
		return scoresByAssignment.get(assignment.getId());
	}

	public boolean submitted(Assignment assignment) {
		ExpertScore score = scoreOf(assignment);
		return score != null && score.isSubmitted();
	}

	public long unreleasedCount() {
		return assignments.stream().filter(a -> !a.isReleased()).count();
	}

	public long submittedCount() {
		return assignments.stream().filter(this::submitted).count();
	}

	/** Declarations with fewer experts than the round needs. */
	public List<Entry> incomplete() {
		return entries.stream()
			.filter(e -> assignmentsOf(e.declarationId()).size() < round.getExpertsPerDeclaration())
			.toList();
	}
}
