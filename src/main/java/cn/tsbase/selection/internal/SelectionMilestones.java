package cn.tsbase.selection.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.selection.CandidateStatus;
import cn.tsbase.shared.progress.DeclarationMilestone;
import cn.tsbase.shared.progress.DeclarationMilestones;

/**
 * How a recommended declaration fared in the municipal selection: collected, the written pre-review's result, the
 * expert review's start and the proposed list's decision. One query.
 */
@Component
class SelectionMilestones implements DeclarationMilestones {

	private final JdbcClient jdbc;

	SelectionMilestones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(String status, Instant collectedAt, String note, Instant releasedAt, Instant decidedAt,
			Boolean proposed) {
	}

	@Override
	public List<DeclarationMilestone> milestonesOf(long declarationId) {
		Optional<Row> found = jdbc.sql("SELECT c.status, c.collected_at, c.pre_review_note, r.released_at, r.decided_at, "
				+ "rc.proposed FROM selection_candidate c "
				+ "LEFT JOIN review_round_candidate rc ON rc.candidate_id = c.id "
				+ "LEFT JOIN review_round r ON r.id = rc.round_id WHERE c.declaration_id = :declaration")
			.param("declaration", declarationId)
			.query((rs, n) -> new Row(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3),
					instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class)),
					(Boolean) rs.getObject(6)))
			.optional();
		if (found.isEmpty()) {
			return List.of();
		}
		Row row = found.get();
		CandidateStatus status = CandidateStatus.valueOf(row.status());
		List<DeclarationMilestone> stages = new ArrayList<>();
		stages.add(DeclarationMilestone.of(110, "collected", row.collectedAt(), null));
		if (status == CandidateStatus.PRE_REVIEW_FAILED) {
			String note = row.note() == null ? "" : row.note();
			stages.add(DeclarationMilestone.negative(120, "preReviewFailed", null, note));
			return stages;
		}
		if (status == CandidateStatus.COLLECTED) {
			return stages;
		}
		stages.add(DeclarationMilestone.of(120, "preReviewPassed", null, null));
		if (row.releasedAt() != null) {
			stages.add(DeclarationMilestone.of(130, "expertReview", row.releasedAt(), null));
		}
		if (status == CandidateStatus.PROPOSED) {
			stages.add(DeclarationMilestone.of(140, "proposed", row.decidedAt(), null));
		}
		else if (status == CandidateStatus.NOT_PROPOSED) {
			stages.add(DeclarationMilestone.negative(140, "notProposed", row.decidedAt()));
		}
		return stages;
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
