package cn.tsbase.evaluation;

import java.time.LocalDate;

/** The district asked a base to supplement (补正) its self-evaluation by a deadline. */
public record SupplementRequested(long evaluationId, long baseId, long unitId, String districtCode, String reason,
		LocalDate deadline) {
}
