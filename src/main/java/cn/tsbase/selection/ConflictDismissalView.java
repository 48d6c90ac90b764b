package cn.tsbase.selection;

import java.time.Instant;

/**
 * An officer's dismissal of a detected conflict of interest as the round page shows it: the one mapping of the
 * {@code ConflictDismissal} entity that leaves the module. It is lapsed once detection no longer finds its conflict
 * with the same data.
 */
public record ConflictDismissalView(long id, long roundId, long expertId, long declarationId, ConflictReason reason,
		String declarationSide, String expertSide, String justification, String dismissedBy, Instant dismissedAt,
		Instant lapsedAt) {

	/** Whether it no longer covers its conflict. */
	public boolean lapsed() {
		return lapsedAt != null;
	}

	/** The arguments of the reason's message: {0} the declaration's side, {1} the expert's side. */
	public Object[] messageArguments() {
		return new Object[] { declarationSide, expertSide };
	}
}
