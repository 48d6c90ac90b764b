package cn.tsbase.evaluation;

/** The district accepted a rectification (closed), returned it with reasons, or failed it for good. */
public record RectificationDecided(long rectificationId, long baseId, long unitId, String districtCode,
		Outcome outcome, String reason) {

	public enum Outcome {
		ACCEPTED, RETURNED, FAILED
	}
}
