package cn.tsbase.shared.indicators;

import java.util.Map;

/**
 * What an owner of an indicator model lets the editor ({@code fragments/indicators :: editor}) change besides the
 * items' names and points; the owners differ only in this and in when their model freezes.
 *
 * @param dimensions the dimensions an item may belong to (code to name), in their order; empty: one dimension
 * @param range whether an item has a lowest score (a range) besides its points
 * @param weight whether an item has a weight besides its points
 * @param veto whether an item may be a veto item (基本项)
 * @param guidance whether an item has guidance and expected evidence
 * @param dataSources the data-source keys an item may show (key to message key), in their order; empty: none
 */
public record IndicatorEditing(Map<String, String> dimensions, boolean range, boolean weight, boolean veto,
		boolean guidance, Map<String, String> dataSources) {

	/** Names and whole points only (the district review criteria). */
	public static IndicatorEditing pointsOnly() {
		return new IndicatorEditing(Map.of(), false, false, false, false, Map.of());
	}

	/** Ranges, weights and veto items (the expert rubric). */
	public static IndicatorEditing rangedAndWeighted() {
		return new IndicatorEditing(Map.of(), true, true, true, false, Map.of());
	}
}
