package cn.tsbase.guidance.internal;

/** An option of a question as pages and the API show it. */
public record OptionView(long id, String label, int points, String suggestion) {
}
