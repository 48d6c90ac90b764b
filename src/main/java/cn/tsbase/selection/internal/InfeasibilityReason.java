package cn.tsbase.selection.internal;

/**
 * Why no assignment can meet the round's rules. Each reason has a message key {@code assignment.infeasible.<NAME>}
 * whose arguments are {@link AssignmentOutcome.Infeasibility#arguments()}, in the order given here.
 */
public enum InfeasibilityReason {

	/** A pair fixed by hand is a conflict of interest. {0} expert, {1} declaration. */
	FIXED_PAIR_CONFLICTED,

	/** A pair fixed by hand names an expert who is not available. {0} expert, {1} declaration. */
	FIXED_PAIR_EXPERT_UNAVAILABLE,

	/** More experts are fixed to a declaration than it needs. {0} declaration, {1} fixed, {2} needed (k). */
	FIXED_PAIRS_EXCEED_EXPERTS_PER_DECLARATION,

	/** More declarations are fixed to an expert than the maximum load. {0} expert, {1} fixed, {2} maximum load (L). */
	FIXED_PAIRS_EXCEED_MAXIMUM_LOAD,

	/**
	 * A declaration has fewer available, non-conflicted experts with room under the cap than it needs. {0}
	 * declaration, {1} such experts, {2} needed (k).
	 */
	TOO_FEW_ELIGIBLE_EXPERTS,

	/**
	 * The available experts cannot carry the round even in total. {0} available experts (n), {1} maximum load (L),
	 * {2} capacity n·L, {3} declarations (m), {4} experts per declaration (k), {5} demand k·m.
	 */
	CAPACITY_BELOW_DEMAND,

	/**
	 * A group of declarations competes for the same few experts (a minimum cut of the flow network): together they need
	 * more reviews than can be arranged, because every other expert they may have is already at the cap. {0} number of
	 * declarations, {1} reviews they need, {2} reviews that can be arranged at most, {3} number of experts at the cap
	 * they depend on, {4} maximum load (L). The declarations and experts are listed in the infeasibility.
	 */
	DECLARATIONS_COMPETE_FOR_EXPERTS;

	public String messageKey() {
		return "assignment.infeasible." + name();
	}
}
