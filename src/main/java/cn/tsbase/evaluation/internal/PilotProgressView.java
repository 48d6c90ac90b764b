package cn.tsbase.evaluation.internal;

import java.time.Instant;

/** A pilot progress report as pages and the API show it; {@code half} is 1 (January–June) or 2 (July–December). */
public record PilotProgressView(long id, long pilotId, String districtCode, int year, int half,
		PilotProgressStatus status, String content, PilotProgressFigures figures, String returnReason,
		String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, long version) {

	public boolean isSubmitted() {
		return status == PilotProgressStatus.SUBMITTED;
	}

	public boolean isReturned() {
		return status == PilotProgressStatus.RETURNED;
	}

	public String period() {
		return year + "-" + half;
	}
}
