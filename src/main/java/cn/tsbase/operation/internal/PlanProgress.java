package cn.tsbase.operation.internal;

import java.util.List;

/**
 * Plan against actual (计划与实际) for one year: per kind of activity, what the plan promised and what the activity
 * records show; for a zone also its legal-awareness events target against the publicity events held.
 */
public record PlanProgress(int year, List<Line> lines, Integer legalEventsTarget, int legalEventsHeld) {

	/** One kind: planned and held events, expected reach and actual participants. */
	public record Line(ActivityKind kind, int planned, int held, int plannedReach, int participants) {

		/** Held events as a share of the planned ones, in percent (0 when nothing was planned). */
		public int percent() {
			return planned == 0 ? 0 : Math.round(held * 100f / planned);
		}
	}
}
