package cn.tsbase.evaluation.internal;

import java.time.Instant;

/** A flagged ground for revocation as pages and the API show it. */
public record TriggerView(long id, long baseId, long unitId, String unitName, String districtCode, TriggerKind kind,
		String detail, Integer year, TriggerStatus status, Long revocationId, String recordedBy, Instant recordedAt) {
}
