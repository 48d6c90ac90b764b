package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A pilot dossier as pages and the API show it. */
public record PilotDossierView(long id, String districtCode, int year, PilotStatus status, PilotFigures figures,
		String reason, String statement, String createdBy, Instant createdAt, String statementBy, Instant statementAt,
		String recommendedBy, LocalDate recommendedOn, PilotCases cases, long version) {

	public boolean isDraft() {
		return status == PilotStatus.DRAFT;
	}
}
