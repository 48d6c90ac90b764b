package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A pilot dossier as pages and the API show it. */
public record PilotDossierView(long id, String districtCode, int year, PilotStatus status, PilotFigures figures,
		String reason, String statement, String createdBy, Instant createdAt, String statementBy, Instant statementAt,
		String recommendedBy, LocalDate recommendedOn, PilotCases cases, String workPlan, Long workPlanAttachmentId,
		PilotResults results, String submittedBy, Instant submittedAt, PilotScores scores, BigDecimal totalScore,
		String scoredBy, Instant scoredAt, long version) {

	public boolean isDraft() {
		return status == PilotStatus.DRAFT;
	}

	public boolean isRecommended() {
		return status == PilotStatus.RECOMMENDED;
	}

	public boolean isSubmitted() {
		return status == PilotStatus.SUBMITTED;
	}

	/** The work plan as plain text, one paragraph a line (for the PDF and the Word document). */
	public String workPlanText() {
		return PlainText.of(workPlan);
	}
}
