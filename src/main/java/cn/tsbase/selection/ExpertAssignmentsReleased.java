package cn.tsbase.selection;

import java.time.Instant;
import java.util.List;

/**
 * Assignments of a review round were released to the experts (the first time, or after gaps were filled): each expert
 * named has that many new declarations to review by the deadline. Only now may the experts be told.
 */
public record ExpertAssignmentsReleased(long roundId, String roundName, Instant deadline, List<Released> experts) {

	public ExpertAssignmentsReleased {
		experts = List.copyOf(experts);
	}

	/** An expert's account and name, and how many declarations were released to them this time. */
	public record Released(long accountId, String expertName, int assignments) {
	}
}
