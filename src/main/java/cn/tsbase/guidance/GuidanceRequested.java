package cn.tsbase.guidance;

import java.util.List;

/** A unit asked its district for guidance (指导申请) on the topics (codes of the guidance topic list). */
public record GuidanceRequested(long requestId, long unitId, String unitName, String districtCode,
		List<String> topics) {

	public GuidanceRequested {
		topics = List.copyOf(topics);
	}
}
