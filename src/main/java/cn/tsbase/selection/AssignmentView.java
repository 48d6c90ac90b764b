package cn.tsbase.selection;

import java.time.Instant;

/**
 * An expert's assignment to a declaration of a round as pages and the JSON API show it: the one mapping of the
 * {@code Assignment} entity that leaves the module.
 */
public record AssignmentView(long id, long roundId, long expertId, long declarationId, boolean manual,
		boolean expertiseMatch, Instant createdAt, Instant releasedAt, boolean declaredNoConflict, Instant declaredAt,
		long version) {

	/** The expert sees the assignment once it is released. */
	public boolean released() {
		return releasedAt != null;
	}

	/** The expert stated that they have no conflict of interest; the declaration's content opens. */
	public boolean hasDeclaredNoConflict() {
		return declaredNoConflict;
	}
}
