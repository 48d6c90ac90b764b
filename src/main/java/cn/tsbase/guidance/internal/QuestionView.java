package cn.tsbase.guidance.internal;

import java.util.List;

/** A question as pages and the API show it. */
public record QuestionView(long id, int position, int element, String text, String suggestion,
		List<OptionView> options) {

	/** The most points an answer can reach. */
	public int maxPoints() {
		return options.stream().mapToInt(OptionView::points).max().orElse(0);
	}
}
