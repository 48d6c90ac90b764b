package cn.tsbase.casework.internal;

import java.time.Instant;

import cn.tsbase.casework.IncidentStatus;

/** An incident's non-confidential figures: who, when reported, when first answered, and how it stands. */
public record IncidentFigure(long id, long unitId, String unitName, Long baseId, String districtCode,
		Instant reportedAt, Instant firstContactAt, Long responseMinutes, IncidentStatus status) {
}
