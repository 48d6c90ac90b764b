package cn.tsbase.declaration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A declaration as pages and the JSON API show it (never its content, which the reader's view of it decides): the one
 * mapping of the {@code Declaration} aggregate that leaves the module, so the entity stays inside.
 */
public record DeclarationView(long id, long callId, long unitId, String districtCode, String unitName,
		String industryCode, BaseType baseType, DeclarationStatus status, int submittedVersion, Instant submittedAt,
		String commitmentSigner, LocalDate commitmentDate, Instant createdAt, Instant updatedAt, Instant decidedAt,
		long version) {

	/** What other modules need to know of it. */
	public DeclarationSummary summary() {
		return new DeclarationSummary(id, callId, unitId, districtCode, unitName, industryCode, baseType, status,
				submittedVersion, submittedAt, version);
	}

	/** One submitted version of the form, as listed on the overview and the comparison page. */
	public record VersionEntry(int versionNo, Instant submittedAt, String submittedBy) {
	}

	/** One line of the declaration's history: who did what, when, with the note they left. */
	public record HistoryEntry(String action, String actor, Instant occurredAt, String note) {
	}
}
