package cn.tsbase.selection;

import java.time.Instant;
import java.util.List;

/**
 * The experts of a review round received these declarations for the first time: their expert review (专家评审) has
 * started, and their units are told. Published with each release, for the declarations it released first.
 */
public record ExpertReviewStarted(long roundId, Instant deadline, List<Entry> declarations) {

	public ExpertReviewStarted {
		declarations = List.copyOf(declarations);
	}

	/** A declaration now under expert review, with its unit. */
	public record Entry(long declarationId, long unitId, String unitName) {
	}
}
