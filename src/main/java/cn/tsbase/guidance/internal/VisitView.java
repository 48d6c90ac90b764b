package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A guidance visit record as pages and the API show it. */
public record VisitView(long id, long officerId, String officerName, long unitId, String unitName,
		String districtCode, Long baseId, Long requestId, LocalDate visitedOn, GuidanceMode mode, String participants,
		List<String> topics, List<CheckedItem> checked, String findings, VisitStatus status, String unitComment,
		Instant answeredAt, Instant recordedAt, long version) {
}
