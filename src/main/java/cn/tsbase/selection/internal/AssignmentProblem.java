package cn.tsbase.selection.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link AssignmentSolver} needs to assign experts to the declarations of a review round.
 *
 * @param declarations the declarations to review, each with its industry code
 * @param experts the invited experts, with their fields of expertise (industry codes) and availability
 * @param conflicts the (expert, declaration) pairs that must not be assigned: detected and declared conflicts; pairs
 * naming an expert or declaration outside the round are ignored
 * @param fixedPairs pairs the officer set by hand; they are kept as they are and count towards both the declaration's
 * experts and the expert's load
 * @param expertsPerDeclaration how many distinct experts each declaration gets (k)
 * @param maximumLoad the most declarations one expert may review (L)
 * @param mismatchPenalty how strongly an expert whose fields include the declaration's industry is preferred over
 * balanced loads; see {@link AssignmentSolver}
 */
public record AssignmentProblem(List<Declaration> declarations, List<Expert> experts, Set<ReviewPair> conflicts,
		Set<ReviewPair> fixedPairs, int expertsPerDeclaration, int maximumLoad, int mismatchPenalty) {

	public static final int DEFAULT_EXPERTS_PER_DECLARATION = 5;

	/**
	 * A matching expert is preferred while the load this leaves them is less than 3 above the load of the
	 * non-matching expert it replaces (see {@link AssignmentSolver}).
	 */
	public static final int DEFAULT_MISMATCH_PENALTY = 3;

	/** A declaration to review. {@code industryCode} may be {@code null} when unknown; it then matches no expert. */
	public record Declaration(long id, String industryCode) {
	}

	/** An invited expert; {@code fields} are industry codes. An expert who is not available is never assigned. */
	public record Expert(long id, Set<String> fields, boolean available) {

		public Expert {
			fields = fields == null ? Set.of() : Set.copyOf(fields);
		}

		boolean covers(String industryCode) {
			return industryCode != null && fields.contains(industryCode);
		}
	}

	public AssignmentProblem {
		declarations = List.copyOf(declarations);
		experts = List.copyOf(experts);
		conflicts = Set.copyOf(conflicts);
		fixedPairs = Set.copyOf(fixedPairs);
		if (expertsPerDeclaration < 1) {
			throw new IllegalArgumentException("At least one expert per declaration, not " + expertsPerDeclaration);
		}
		if (maximumLoad < 1) {
			throw new IllegalArgumentException("The maximum load must be at least 1, not " + maximumLoad);
		}
		if (mismatchPenalty < 0) {
			throw new IllegalArgumentException("The mismatch penalty must not be negative");
		}
		Set<Long> declarationIds = new HashSet<>();
		for (Declaration declaration : declarations) {
			if (!declarationIds.add(declaration.id())) {
				throw new IllegalArgumentException("Declaration " + declaration.id() + " is listed twice");
			}
		}
		Set<Long> expertIds = new HashSet<>();
		for (Expert expert : experts) {
			if (!expertIds.add(expert.id())) {
				throw new IllegalArgumentException("Expert " + expert.id() + " is listed twice");
			}
		}
		for (ReviewPair pair : fixedPairs) {
			if (!declarationIds.contains(pair.declarationId()) || !expertIds.contains(pair.expertId())) {
				throw new IllegalArgumentException("Fixed pair " + pair + " names an expert or declaration outside the round");
			}
		}
	}

	/** A problem with the default k = 5, the default mismatch penalty and no fixed pairs. */
	public static AssignmentProblem of(List<Declaration> declarations, List<Expert> experts, Set<ReviewPair> conflicts,
			int maximumLoad) {
		return new AssignmentProblem(declarations, experts, conflicts, Set.of(), DEFAULT_EXPERTS_PER_DECLARATION,
				maximumLoad, DEFAULT_MISMATCH_PENALTY);
	}

	public AssignmentProblem withExpertsPerDeclaration(int k) {
		return new AssignmentProblem(declarations, experts, conflicts, fixedPairs, k, maximumLoad, mismatchPenalty);
	}

	public AssignmentProblem withFixedPairs(Set<ReviewPair> pairs) {
		return new AssignmentProblem(declarations, experts, conflicts, pairs, expertsPerDeclaration, maximumLoad,
				mismatchPenalty);
	}

	public AssignmentProblem withMismatchPenalty(int penalty) {
		return new AssignmentProblem(declarations, experts, conflicts, fixedPairs, expertsPerDeclaration, maximumLoad,
				penalty);
	}
}
