package cn.tsbase.selection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import cn.tsbase.selection.internal.AssignmentOutcome.AssignedPair;
import cn.tsbase.selection.internal.AssignmentOutcome.Assigned;
import cn.tsbase.selection.internal.AssignmentOutcome.Infeasibility;
import cn.tsbase.selection.internal.AssignmentOutcome.Infeasible;
import cn.tsbase.selection.internal.AssignmentProblem.Declaration;
import cn.tsbase.selection.internal.AssignmentProblem.Expert;

class AssignmentSolverTests {

	private static final String MANUFACTURING = "ADVANCED_MANUFACTURING";
	private static final String SOFTWARE = "SOFTWARE_IT";

	private static List<Declaration> declarations(String industry, long... ids) {
		return LongStream.of(ids).mapToObj(id -> new Declaration(id, industry)).toList();
	}

	private static List<Expert> experts(String field, long... ids) {
		return LongStream.of(ids).mapToObj(id -> new Expert(id, Set.of(field), true)).toList();
	}

	private static <T> List<T> concat(List<T> one, List<T> other) {
		List<T> all = new ArrayList<>(one);
		all.addAll(other);
		return all;
	}

	private static Assigned assigned(AssignmentProblem problem) {
		AssignmentOutcome outcome = AssignmentSolver.solve(problem);
		assertThat(outcome).isInstanceOf(Assigned.class);
		return (Assigned) outcome;
	}

	private static Infeasible infeasible(AssignmentProblem problem) {
		AssignmentOutcome outcome = AssignmentSolver.solve(problem);
		assertThat(outcome).isInstanceOf(Infeasible.class);
		return (Infeasible) outcome;
	}

	@Test
	void everyDeclarationGetsFiveDistinctExpertsWithoutConflictAndWithinTheCap() {
		List<Declaration> declarations = declarations(MANUFACTURING, 1, 2, 3, 4, 5, 6);
		List<Expert> experts = experts(MANUFACTURING, 11, 12, 13, 14, 15, 16, 17, 18);
		Set<ReviewPair> conflicts = Set.of(new ReviewPair(11, 1), new ReviewPair(12, 1), new ReviewPair(13, 2));

		Assigned assigned = assigned(AssignmentProblem.of(declarations, experts, conflicts, 4));

		for (Declaration declaration : declarations) {
			assertThat(assigned.expertsOf(declaration.id())).hasSize(5).doesNotHaveDuplicates();
		}
		assertThat(assigned.expertsOf(1)).doesNotContain(11L, 12L);
		assertThat(assigned.expertsOf(2)).doesNotContain(13L);
		assertThat(assigned.loads().values()).allSatisfy(load -> assertThat(load).isLessThanOrEqualTo(4));
		// 6 × 5 = 30 reviews over 8 experts: as even as possible is 4, 4, 4, 4, 4, 4, 3, 3
		assertThat(assigned.loads().values()).containsExactlyInAnyOrder(4, 4, 4, 4, 4, 4, 3, 3);
	}

	@Test
	void loadsAreEvenWhenNothingElseDecides() {
		// 6 declarations × 2 experts = 12 reviews over 3 experts: 4 each, although the cap would allow 6
		AssignmentProblem problem = AssignmentProblem
			.of(declarations(MANUFACTURING, 1, 2, 3, 4, 5, 6), experts(MANUFACTURING, 7, 8, 9), Set.of(), 6)
			.withExpertsPerDeclaration(2);

		assertThat(assigned(problem).loads()).containsExactly(java.util.Map.entry(7L, 4), java.util.Map.entry(8L, 4),
				java.util.Map.entry(9L, 4));
	}

	@Test
	void expertsWhoseFieldsMatchTheIndustryArePreferred() {
		List<Declaration> declarations = concat(declarations(MANUFACTURING, 1), declarations(SOFTWARE, 2));
		List<Expert> experts = concat(experts(SOFTWARE, 10, 11), experts(MANUFACTURING, 20, 21));

		Assigned assigned = assigned(
				AssignmentProblem.of(declarations, experts, Set.of(), 1).withExpertsPerDeclaration(2));

		assertThat(assigned.expertsOf(1)).containsExactly(20L, 21L);
		assertThat(assigned.expertsOf(2)).containsExactly(10L, 11L);
		assertThat(assigned.pairs()).allMatch(AssignedPair::expertiseMatch);
		assertThat(assigned.expertiseMatches()).isEqualTo(4);
	}

	@Test
	void theMismatchPenaltyBoundsHowMuchExtraLoadAMatchingExpertTakes() {
		// Five manufacturing declarations, one expert each; expert 1 matches, expert 2 does not. With a of them for
		// expert 1, the cost is a(a+1)/2 + (5−a)(6−a)/2 + P·(5−a):
		// P = 3: a = 3 → 6 + 3 + 6 = 15, a = 4 → 10 + 1 + 3 = 14, a = 5 → 15 + 0 + 0 = 15: four and one.
		// P = 10: a = 4 → 10 + 1 + 10 = 21, a = 5 → 15: all five to the matching expert.
		List<Declaration> declarations = declarations(MANUFACTURING, 1, 2, 3, 4, 5);
		List<Expert> experts = concat(experts(MANUFACTURING, 1), experts(SOFTWARE, 2));
		AssignmentProblem problem = AssignmentProblem.of(declarations, experts, Set.of(), 5)
			.withExpertsPerDeclaration(1);

		assertThat(assigned(problem).loads()).containsEntry(1L, 4).containsEntry(2L, 1);
		assertThat(assigned(problem.withMismatchPenalty(10)).loads()).containsEntry(1L, 5).containsEntry(2L, 0);
	}

	@Test
	void aDeclarationWithoutIndustryIsStillServed() {
		List<Declaration> declarations = List.of(new Declaration(1, null));

		Assigned assigned = assigned(AssignmentProblem.of(declarations, experts(SOFTWARE, 1, 2, 3, 4, 5), Set.of(), 1));

		assertThat(assigned.expertsOf(1)).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(assigned.expertiseMatches()).isZero();
	}

	@Test
	void unavailableExpertsAreNeverAssigned() {
		List<Expert> experts = new ArrayList<>(experts(MANUFACTURING, 1, 2, 3));
		experts.add(new Expert(4, Set.of(MANUFACTURING), false));

		Assigned assigned = assigned(AssignmentProblem.of(declarations(MANUFACTURING, 9), experts, Set.of(), 1)
			.withExpertsPerDeclaration(3));

		assertThat(assigned.expertsOf(9)).containsExactly(1L, 2L, 3L);
		assertThat(assigned.loads()).doesNotContainKey(4L);
	}

	@Test
	void pairsFixedByHandAreKeptAndCountTowardsTheLoad() {
		// expert 1 would not be chosen for declaration 1 (no match) but the officer set it; with L = 2 expert 1 can
		// take only one more declaration
		List<Declaration> declarations = declarations(MANUFACTURING, 1, 2, 3);
		List<Expert> experts = concat(experts(SOFTWARE, 1), experts(MANUFACTURING, 2, 3, 4));
		Set<ReviewPair> fixed = Set.of(new ReviewPair(1, 1));

		Assigned assigned = assigned(
				AssignmentProblem.of(declarations, experts, Set.of(), 2).withExpertsPerDeclaration(2).withFixedPairs(fixed));

		assertThat(assigned.expertsOf(1)).contains(1L).hasSize(2);
		assertThat(assigned.pairs()).filteredOn(AssignedPair::fixed)
			.containsExactly(new AssignedPair(1, 1, false, true));
		assertThat(assigned.loads().get(1L)).isLessThanOrEqualTo(2);
	}

	@Test
	void theSameProblemInAnyOrderGivesTheSameAssignment() {
		List<Declaration> declarations = new ArrayList<>(concat(declarations(MANUFACTURING, 1, 2, 3, 4),
				declarations(SOFTWARE, 5, 6, 7)));
		List<Expert> experts = new ArrayList<>(concat(experts(MANUFACTURING, 10, 11, 12, 13),
				experts(SOFTWARE, 14, 15, 16, 17)));
		Set<ReviewPair> conflicts = Set.of(new ReviewPair(10, 1), new ReviewPair(14, 5));
		AssignmentOutcome first = AssignmentSolver.solve(
				AssignmentProblem.of(declarations, experts, conflicts, 4).withExpertsPerDeclaration(3));

		Collections.reverse(declarations);
		Collections.reverse(experts);
		AssignmentOutcome reversed = AssignmentSolver.solve(
				AssignmentProblem.of(declarations, experts, new HashSet<>(conflicts), 4).withExpertsPerDeclaration(3));

		assertThat(reversed).isEqualTo(first);
	}

	@Test
	void aDeclarationWithTooFewEligibleExpertsIsNamed() {
		// declaration 17: experts 1 and 2 are in conflict, 3 is unavailable: only 4, 5 and 6 are left
		List<Expert> experts = new ArrayList<>(experts(MANUFACTURING, 1, 2, 4, 5, 6));
		experts.add(new Expert(3, Set.of(MANUFACTURING), false));
		Set<ReviewPair> conflicts = Set.of(new ReviewPair(1, 17), new ReviewPair(2, 17));

		Infeasible infeasible = infeasible(
				AssignmentProblem.of(declarations(MANUFACTURING, 16, 17), experts, conflicts, 10));

		assertThat(infeasible.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.reason()).isEqualTo(InfeasibilityReason.TOO_FEW_ELIGIBLE_EXPERTS);
			assertThat(reason.declarationIds()).containsExactly(17L);
			assertThat(reason.arguments()).containsExactly(17L, 3, 5);
			assertThat(reason.messageKey()).isEqualTo("assignment.infeasible.TOO_FEW_ELIGIBLE_EXPERTS");
		});
	}

	@Test
	void aTotalCapacityBelowTheDemandIsExplainedWithItsFigures() {
		// 3 declarations × 5 experts = 15 reviews, 6 experts × at most 2 = 12
		Infeasible infeasible = infeasible(AssignmentProblem.of(declarations(MANUFACTURING, 1, 2, 3),
				experts(MANUFACTURING, 1, 2, 3, 4, 5, 6), Set.of(), 2));

		assertThat(infeasible.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.reason()).isEqualTo(InfeasibilityReason.CAPACITY_BELOW_DEMAND);
			assertThat(reason.arguments()).containsExactly(6L, 2, 12L, 3, 5, 15L);
		});
	}

	@Test
	void declarationsCompetingForTheSameFewExpertsAreNamedTogether() {
		// k = 2, L = 1. Declarations 1 and 2 may only have experts 1, 2, 3 (each has three: enough alone), but
		// together they need 4 reviews from experts who can give 3. Declaration 3 has experts 4–7. Capacity 7 ≥ 6.
		List<Expert> experts = experts(MANUFACTURING, 1, 2, 3, 4, 5, 6, 7);
		Set<ReviewPair> conflicts = new HashSet<>();
		for (long expert = 4; expert <= 7; expert++) {
			conflicts.add(new ReviewPair(expert, 1));
			conflicts.add(new ReviewPair(expert, 2));
		}
		for (long expert = 1; expert <= 3; expert++) {
			conflicts.add(new ReviewPair(expert, 3));
		}

		Infeasible infeasible = infeasible(
				AssignmentProblem.of(declarations(MANUFACTURING, 1, 2, 3), experts, conflicts, 1)
					.withExpertsPerDeclaration(2));

		assertThat(infeasible.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.reason()).isEqualTo(InfeasibilityReason.DECLARATIONS_COMPETE_FOR_EXPERTS);
			assertThat(reason.declarationIds()).containsExactly(1L, 2L);
			assertThat(reason.expertIds()).containsExactly(1L, 2L, 3L);
			// 2 declarations need 4, at most 3 can be arranged, 3 experts at the cap of 1
			assertThat(reason.arguments()).containsExactly(2, 4L, 3L, 3, 1);
		});
	}

	@Test
	void pairsFixedAgainstTheRulesAreRefusedWithTheirReason() {
		List<Expert> experts = new ArrayList<>(experts(MANUFACTURING, 1, 2, 3, 4));
		experts.add(new Expert(5, Set.of(MANUFACTURING), false));
		AssignmentProblem problem = AssignmentProblem
			.of(declarations(MANUFACTURING, 1, 2), experts, Set.of(new ReviewPair(1, 1)), 1)
			.withExpertsPerDeclaration(1)
			.withFixedPairs(Set.of(new ReviewPair(1, 1), new ReviewPair(5, 2), new ReviewPair(2, 2),
					new ReviewPair(2, 1)));

		List<Infeasibility> reasons = infeasible(problem).reasons();

		assertThat(reasons).extracting(Infeasibility::reason)
			.containsExactly(InfeasibilityReason.FIXED_PAIR_CONFLICTED, InfeasibilityReason.FIXED_PAIR_EXPERT_UNAVAILABLE,
					InfeasibilityReason.FIXED_PAIRS_EXCEED_EXPERTS_PER_DECLARATION,
					InfeasibilityReason.FIXED_PAIRS_EXCEED_EXPERTS_PER_DECLARATION,
					InfeasibilityReason.FIXED_PAIRS_EXCEED_MAXIMUM_LOAD);
		assertThat(reasons.get(0).arguments()).containsExactly(1L, 1L);
		assertThat(reasons.get(1).arguments()).containsExactly(5L, 2L);
		assertThat(reasons.get(2).arguments()).containsExactly(1L, 2, 1);
		assertThat(reasons.get(4).arguments()).containsExactly(2L, 2, 1);
	}

	@Test
	void aRoundWithoutDeclarationsNeedsNoExpert() {
		Assigned assigned = assigned(AssignmentProblem.of(List.of(), experts(SOFTWARE, 1), Set.of(), 3));

		assertThat(assigned.pairs()).isEmpty();
		assertThat(assigned.loads()).containsExactly(java.util.Map.entry(1L, 0));
	}

	@Test
	void conflictsWithExpertsOutsideTheRoundAreIgnored() {
		Set<ReviewPair> conflicts = Set.of(new ReviewPair(99, 1), new ReviewPair(1, 99));

		assertThat(AssignmentSolver.solve(AssignmentProblem.of(declarations(SOFTWARE, 1), experts(SOFTWARE, 1, 2, 3, 4, 5),
				conflicts, 1)).feasible()).isTrue();
	}

	@Test
	void malformedProblemsAreRefused() {
		List<Declaration> one = declarations(SOFTWARE, 1);
		List<Expert> five = experts(SOFTWARE, 1, 2, 3, 4, 5);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AssignmentProblem.of(declarations(SOFTWARE, 1, 1), five, Set.of(), 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AssignmentProblem.of(one, experts(SOFTWARE, 2, 2), Set.of(), 1));
		assertThatIllegalArgumentException().isThrownBy(() -> AssignmentProblem.of(one, five, Set.of(), 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AssignmentProblem.of(one, five, Set.of(), 1).withExpertsPerDeclaration(0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AssignmentProblem.of(one, five, Set.of(), 1).withFixedPairs(Set.of(new ReviewPair(9, 1))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AssignmentProblem.of(one, five, Set.of(), 1).withMismatchPenalty(-1));
	}
}
