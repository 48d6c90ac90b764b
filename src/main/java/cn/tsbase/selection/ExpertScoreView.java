package cn.tsbase.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * An expert's score of one assignment as pages and the JSON API show it: the one mapping of the {@code ExpertScore}
 * entity that leaves the module. {@code lines} by rubric item code.
 */
public record ExpertScoreView(long id, long assignmentId, Status status, Map<String, Line> lines,
		String overallComment, Instant savedAt, Instant submittedAt, String reopenedBy, Instant reopenedAt,
		long version) {

	/** A draft may change; a submitted score is locked until the officer reopens it. */
	public enum Status {
		DRAFT, SUBMITTED;

		public String messageKey() {
			return "score.status." + name();
		}
	}

	/** One line: a criterion's score, or a veto item's outcome, with the expert's comment. */
	public record Line(BigDecimal score, Boolean vetoFailed, String comment) {
	}

	public boolean submitted() {
		return status == Status.SUBMITTED;
	}

	public BigDecimal score(String code) {
		Line line = lines.get(code);
		return line == null ? null : line.score();
	}

	public Boolean vetoFailed(String code) {
		Line line = lines.get(code);
		return line == null ? null : line.vetoFailed();
	}

	public String comment(String code) {
		Line line = lines.get(code);
		return line == null ? null : line.comment();
	}
}
