package cn.tsbase.selection;

/** The municipal bureau reopened an expert's submitted score for the expert to change and submit again. */
public record ExpertScoreReopened(long roundId, String roundName, long assignmentId, long expertAccountId,
		String unitName) {
}
