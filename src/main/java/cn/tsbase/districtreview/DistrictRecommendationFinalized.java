package cn.tsbase.districtreview;

import java.util.List;

/**
 * A district locked its recommendation list for a call: the declarations are handed to the municipal bureau.
 */
public record DistrictRecommendationFinalized(long recommendationId, long callId, String districtCode,
		List<Long> declarationIds) {
}
