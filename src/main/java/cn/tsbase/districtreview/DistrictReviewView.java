package cn.tsbase.districtreview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The district's review of one declaration as the review page and the JSON API show it: the one mapping of the
 * {@code DistrictReview} entity that leaves the module, with its scores by criterion position (read with the review).
 */
public record DistrictReviewView(long id, long declarationId, long callId, String districtCode, BigDecimal totalScore,
		String opinion, ReviewDecision decision, String reason, String reviewer, Instant updatedAt, long version,
		Map<Integer, BigDecimal> scores) {

	public DistrictReviewView {
		scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
	}
}
