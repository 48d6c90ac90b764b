package cn.tsbase.districtreview;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The district's review of one declaration as the review page and the JSON API show it: the one mapping of the
 * {@code DistrictReview} entity that leaves the module (the scores by criterion are read on their own).
 */
public record DistrictReviewView(long id, long declarationId, long callId, String districtCode, BigDecimal totalScore,
		String opinion, ReviewDecision decision, String reason, String reviewer, Instant updatedAt, long version) {
}
