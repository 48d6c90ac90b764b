package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A guidance request as pages and the API show it. */
public record RequestView(long id, long unitId, String unitName, String districtCode, List<String> topics,
		GuidanceMode mode, String description, RequestStatus status, Long officerId, String officerName,
		LocalDate plannedOn, String requestedBy, Instant requestedAt, Instant assignedAt, long version) {
}
