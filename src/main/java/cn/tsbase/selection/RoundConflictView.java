package cn.tsbase.selection;

import java.time.Instant;

/**
 * A conflict of interest (回避) of a round as pages and the JSON API show it: the one mapping of the
 * {@code RoundConflict} entity that leaves the module.
 */
public record RoundConflictView(long id, long roundId, long expertId, long declarationId, ConflictReason reason,
		String declarationSide, String expertSide, String note, String recordedBy, Instant recordedAt) {

	/** The expert stated it, rather than the policy detecting it. */
	public boolean declared() {
		return reason == ConflictReason.DECLARED_BY_EXPERT;
	}

	/** The arguments of the reason's message: {0} the declaration's side, {1} the expert's side. */
	public Object[] messageArguments() {
		return new Object[] { declarationSide, expertSide };
	}
}
