package cn.tsbase.evaluation;

/** The unit responded to a proposed revocation. */
public record RevocationResponded(long revocationId, long baseId, String unitName, String districtCode) {
}
