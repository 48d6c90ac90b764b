package cn.tsbase.reporting.internal;

/**
 * The district's own words in its annual summary: work done (工作开展情况), experience (经验做法), problems and their
 * analysis (问题分析), suggestions (意见建议).
 */
public record SummaryText(String workDone, String experience, String problems, String suggestions) {

	public static final SummaryText EMPTY = new SummaryText(null, null, null, null);
}
