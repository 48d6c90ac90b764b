package cn.tsbase.districtreview;

import java.math.BigDecimal;

/** The district's review of a declaration as later stages read it. */
public record DistrictReviewSummary(long declarationId, BigDecimal totalScore, String opinion, boolean recommended,
		String reason, String reviewer) {
}
