package cn.tsbase.guidance.internal;

import java.util.List;

/** What the municipal bureau writes for a question: element (1-12), text, the gap's suggestion and the options. */
public record QuestionDraft(int element, String text, String suggestion, List<Option> options) {

	/** An option with its points and the suggestion for a unit that chooses it (may be null). */
	public record Option(String label, int points, String suggestion) {
	}
}
