package cn.tsbase.guidance.internal;

import java.util.List;

/** A question as pages and the API show it. */
public record QuestionView(long id, int position, int element, String text, String suggestion,
		List<OptionView> options) {

	/** The options as the bureau types them, one a line: {@code points | label | suggestion (when there is one)}. */
	public String optionsText() {
		return String.join("\n", options.stream()
			.map(o -> o.points() + " | " + o.label() + (o.suggestion() == null ? "" : " | " + o.suggestion()))
			.toList());
	}

	/** The most points an answer can reach. */
	public int maxPoints() {
		return options.stream().mapToInt(OptionView::points).max().orElse(0);
	}
}
