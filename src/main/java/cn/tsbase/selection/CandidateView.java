package cn.tsbase.selection;

import java.math.BigDecimal;
import java.time.Instant;

import cn.tsbase.declaration.BaseType;

/**
 * A candidate (a declaration the district recommended) as pages and the JSON API show it: the one mapping of the
 * {@code Candidate} entity that leaves the module.
 */
public record CandidateView(long id, long declarationId, long recommendationId, long callId, int callYear,
		String districtCode, long unitId, String unitName, String uscc, BaseType baseType, String industryCode,
		BigDecimal districtScore, CandidateStatus status, String preReviewNote, Instant collectedAt, long version) {
}
