package cn.tsbase.evaluation.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a recommended district stands in the national pilot: recommended by the municipal bureau, then approved or not
 * approved by the national bureau (SAMR); an approved district runs its pilot, may pass a mid-term review, and ends
 * with the final acceptance (验收). Only the districts in the pilot file half-yearly progress reports.
 */
public enum PilotStage {
	RECOMMENDED, APPROVED, NOT_APPROVED, IN_PILOT, MID_TERM, COMPLETED;

	/** The stages that may follow this one. */
	public Set<PilotStage> next() {
		return switch (this) {
			case RECOMMENDED -> EnumSet.of(APPROVED, NOT_APPROVED);
			case APPROVED -> EnumSet.of(IN_PILOT);
			case IN_PILOT -> EnumSet.of(MID_TERM, COMPLETED);
			case MID_TERM -> EnumSet.of(COMPLETED);
			case NOT_APPROVED, COMPLETED -> EnumSet.noneOf(PilotStage.class);
		};
	}

	public boolean takesReports() {
		return this == IN_PILOT || this == MID_TERM;
	}

	public String messageKey() {
		return "pilot.stage." + name();
	}
}
