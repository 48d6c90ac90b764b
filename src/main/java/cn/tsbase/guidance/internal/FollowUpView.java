package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A recommendation's follow-up as pages and the API show it; overdue when not closed after its due day. */
public record FollowUpView(long id, long visitId, long officerId, long unitId, String unitName, String districtCode,
		String recommendation, LocalDate dueOn, FollowUpStatus status, boolean overdue, String unitReport,
		Instant reportedAt, String officerNote, Instant closedAt, long version) {
}
