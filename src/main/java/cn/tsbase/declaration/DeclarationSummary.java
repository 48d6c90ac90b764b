package cn.tsbase.declaration;

import java.time.Instant;

/** What other modules need to know of a declaration (never its content). */
public record DeclarationSummary(long id, long callId, long unitId, String districtCode, String unitName,
		String industryCode, BaseType baseType, DeclarationStatus status, int submittedVersion, Instant submittedAt,
		long version) {
}
