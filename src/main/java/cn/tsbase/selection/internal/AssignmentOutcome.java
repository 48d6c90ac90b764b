package cn.tsbase.selection.internal;

import java.util.List;
import java.util.Map;

/** What {@link AssignmentSolver} answers: an assignment that meets every rule, or why there is none. */
public sealed interface AssignmentOutcome permits AssignmentOutcome.Assigned, AssignmentOutcome.Infeasible {

	boolean feasible();

	/**
	 * One assigned pair. {@code expertiseMatch}: the expert's fields include the declaration's industry;
	 * {@code fixed}: the officer set the pair by hand.
	 */
	record AssignedPair(long declarationId, long expertId, boolean expertiseMatch, boolean fixed) {
	}

	/**
	 * Every declaration with exactly k distinct experts.
	 *
	 * @param pairs ordered by declaration, then expert
	 * @param loads every available expert's number of declarations (zero included), by expert id in ascending order
	 */
	record Assigned(List<AssignedPair> pairs, Map<Long, Integer> loads) implements AssignmentOutcome {

		public Assigned {
			pairs = List.copyOf(pairs);
		}

		@Override
		public boolean feasible() {
			return true;
		}

		/** The experts of one declaration, in ascending id order. */
		public List<Long> expertsOf(long declarationId) {
			return pairs.stream().filter(p -> p.declarationId() == declarationId).map(AssignedPair::expertId).toList();
		}

		public long expertiseMatches() {
			return pairs.stream().filter(AssignedPair::expertiseMatch).count();
		}
	}

	/** No assignment meets the rules; {@code reasons} is never empty. */
	record Infeasible(List<Infeasibility> reasons) implements AssignmentOutcome {

		public Infeasible {
			reasons = List.copyOf(reasons);
			if (reasons.isEmpty()) {
				throw new IllegalArgumentException("An infeasible outcome needs a reason");
			}
		}

		@Override
		public boolean feasible() {
			return false;
		}
	}

	/**
	 * One reason, with the declarations and experts it concerns (ascending ids) and the arguments of its message.
	 */
	record Infeasibility(InfeasibilityReason reason, List<Long> declarationIds, List<Long> expertIds,
			List<Object> arguments) {

		public Infeasibility {
			declarationIds = List.copyOf(declarationIds);
			expertIds = List.copyOf(expertIds);
			arguments = List.copyOf(arguments);
		}

		public String messageKey() {
			return reason.messageKey();
		}
	}
}
