package cn.tsbase.guidance.internal;

import java.util.List;

/** A unit's readiness: the points reached of the maximum, per management element with the gaps and suggestions. */
public record AssessmentProfile(int score, int max, List<ElementProfile> elements) {

	/** One element: points reached of its maximum, the level, and each question answered short of full points. */
	public record ElementProfile(int element, int score, int max, ReadinessLevel level, List<Gap> gaps) {

		/** The share of the points reached, in whole per cent (100 for an element without points). */
		public int percent() {
			return max == 0 ? 100 : Math.round(score * 100f / max);
		}
	}

	/** A question answered short of full points: what was asked, what was answered, and what to do. */
	public record Gap(int position, String question, String answer, int points, int maxPoints, String suggestion) {
	}

	/** The profile of one element (1-12). */
	public ElementProfile of(int element) {
		return elements.stream().filter(e -> e.element() == element).findFirst().orElseThrow();
	}

	/** The share of all points reached, in whole per cent. */
	public int percent() {
		return max == 0 ? 100 : Math.round(score * 100f / max);
	}
}
