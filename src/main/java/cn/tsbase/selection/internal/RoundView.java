package cn.tsbase.selection.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the officer's pages of a round show, loaded in a bounded number of queries: the round and its rubric,
 * the candidates (each with its pre-review record), the invited experts, conflicts, assignments and the scores'
 * states.
 */
public record RoundView(ReviewRound round, Rubric rubric, List<RubricItem> items, List<Entry> entries,
		Map<Long, Expert> experts, List<RoundConflict> conflicts, List<Assignment> assignments,
		Map<Long, ExpertScore> scoresByAssignment) {

	/** A candidate of the round. */
	public record Entry(RoundCandidate roundCandidate, Candidate candidate) {

		public long declarationId() {
			return roundCandidate.getDeclarationId();
		}
	}

	public List<RubricItem> criteria() {
		return items.stream().filter(RubricItem::isCriterion).toList();
	}

	public List<RubricItem> vetoItems() {
		return items.stream().filter(RubricItem::isVeto).toList();
	}

	/** The invited experts, by name. */
	public List<Expert> invitedExperts() {
		return experts.values()
			.stream()
			.filter(e -> round.getExpertIds().contains(e.getId()))
			.sorted(Comparator.comparing(Expert::getName).thenComparing(Expert::getId))
			.toList();
	}

	public Entry entry(long declarationId) {
		return entries.stream().filter(e -> e.declarationId() == declarationId).findFirst().orElse(null);
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
		return assignments.stream().filter(a -> a.getDeclarationId() == declarationId).toList();
	}

	public List<RoundConflict> conflictsOf(long declarationId) {
		return conflicts.stream().filter(c -> c.getDeclarationId() == declarationId).toList();
	}

	public long loadOf(long expertId) {
		return assignments.stream().filter(a -> a.getExpertId() == expertId).count();
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

	public Map<Long, Entry> entriesByDeclaration() {
		return entries.stream().collect(Collectors.toMap(Entry::declarationId, Function.identity()));
	}
}
