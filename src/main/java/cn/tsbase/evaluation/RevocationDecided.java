package cn.tsbase.evaluation;

/**
 * The municipal bureau decided a revocation procedure: revoked (under the document number; the unit may not reapply
 * before {@code reapplyFrom}) or dropped (both null).
 */
public record RevocationDecided(long revocationId, long baseId, long unitId, String districtCode, boolean revoked,
		String documentNumber, java.time.LocalDate reapplyFrom) {
}
