package cn.tsbase.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the platform fills into an annual summary: the year's funnel (申报 → 发文) of the district, stage by
 * stage, and its bases (示范点 and 示范区 active, and no longer active) as they stood. Stored with the report when it
 * is submitted, so that a filed report keeps the figures it was filed with.
 */
public record SummaryFigures(Map<String, Long> funnel, long points, long zones, long inactive) {

	public static final SummaryFigures ZERO = new SummaryFigures(Map.of(), 0, 0, 0);

	/** The count of a stage of the funnel (zero if none). */
	public long stage(FunnelStage stage) {
		return funnel == null ? 0 : funnel.getOrDefault(stage.name(), 0L);
	}

	/** The funnel's stages with their counts, in the funnel's order. */
	public List<StageCount> stages() {
		List<StageCount> stages = new ArrayList<>();
		for (FunnelStage stage : FunnelStage.values()) {
			stages.add(new StageCount(stage, stage(stage)));
		}
		return stages;
	}

	public long bases() {
		return points + zones;
	}

	/** These figures and another's, summed (the city-wide compilation). */
	public SummaryFigures plus(SummaryFigures other) {
		Map<String, Long> sum = new LinkedHashMap<>();
		for (FunnelStage stage : FunnelStage.values()) {
			sum.put(stage.name(), stage(stage) + other.stage(stage));
		}
		return new SummaryFigures(sum, points + other.points, zones + other.zones, inactive + other.inactive);
	}

	/** A stage of the funnel and its count. */
	public record StageCount(FunnelStage stage, long count) {
	}
}
