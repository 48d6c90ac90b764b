package cn.tsbase.operation;

/** The district forwarded a problem raised in a liaison report to the municipal bureau. */
public record LiaisonProblemForwarded(long problemId, long baseId, String unitName, String districtCode) {
}
