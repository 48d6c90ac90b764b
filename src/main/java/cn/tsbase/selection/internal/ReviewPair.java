package cn.tsbase.selection.internal;

import java.util.Comparator;

/** An expert and a declaration: a conflict of interest, a pair fixed by hand, or an assignment. */
public record ReviewPair(long expertId, long declarationId) implements Comparable<ReviewPair> {

	private static final Comparator<ReviewPair> ORDER = Comparator.comparingLong(ReviewPair::declarationId)
		.thenComparingLong(ReviewPair::expertId);

	/** By declaration, then by expert. */
	@Override
	public int compareTo(ReviewPair other) {
		return ORDER.compare(this, other);
	}
}
