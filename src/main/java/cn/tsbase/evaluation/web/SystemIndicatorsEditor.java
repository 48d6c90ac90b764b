package cn.tsbase.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tsbase.evaluation.internal.DataSource;
import cn.tsbase.shared.indicators.IndicatorEditing;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Dimension;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.indicators.IndicatorRow;

/**
 * The indicator editor as an indicator system allows it: items in the system's dimensions, with points (0 to 100),
 * veto flag, guidance, evidence and a data source, no ranges or weights. An item keeps its code; a new one gets its
 * dimension's code and the next free number; an item whose name is cleared is removed.
 */
final class SystemIndicatorsEditor {

	static final int SPARE_ROWS = 3;
	static final int MAX_ITEMS = 100;
	private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);

	private SystemIndicatorsEditor() {
	}

	/** What the editor offers for the system's model. */
	static IndicatorEditing editing(IndicatorModel model) {
		Map<String, String> dimensions = new LinkedHashMap<>();
		model.dimensions().forEach(d -> dimensions.put(d.code(), d.name() == null ? "" : d.name()));
		Map<String, String> sources = new LinkedHashMap<>();
		for (DataSource source : DataSource.values()) {
			sources.put(source.name(), source.messageKey());
		}
		return new IndicatorEditing(dimensions, false, false, true, true, sources);
	}

	/** The result of the rows: the new model, or the positions (1, 2 … among the filled rows) that are wrong. */
	record Result(IndicatorModel model, List<Integer> badRows) {
	}

	/** The model the rows make, in the current model's dimensions (in their order). */
	static Result model(IndicatorModel current, List<IndicatorRow> filled) {
		Set<String> dimensionCodes = new HashSet<>();
		current.dimensions().forEach(d -> dimensionCodes.add(d.code()));
		Set<String> existingCodes = new HashSet<>();
		current.indicators().forEach(i -> existingCodes.add(i.code()));
		Set<String> used = new HashSet<>(dimensionCodes);
		List<Integer> badRows = new ArrayList<>();
		for (int i = 0; i < filled.size(); i++) {
			IndicatorRow row = filled.get(i);
			boolean knownCode = row.code() == null || existingCodes.contains(row.code()) && used.add(row.code());
			if (!knownCode || !dimensionCodes.contains(row.dimension()) || !valid(row)) {
				badRows.add(i + 1);
			}
		}
		if (!badRows.isEmpty() || filled.isEmpty() || filled.size() > MAX_ITEMS) {
			return new Result(null, badRows.isEmpty() ? List.of(1) : badRows);
		}
		Map<String, List<Indicator>> byDimension = new LinkedHashMap<>();
		current.dimensions().forEach(d -> byDimension.put(d.code(), new ArrayList<>()));
		for (IndicatorRow row : filled) {
			String code = row.code() != null ? row.code() : nextCode(row.dimension(), used);
			byDimension.get(row.dimension()).add(row.asIndicator(code));
		}
		List<Dimension> dimensions = current.dimensions()
			.stream()
			.map(d -> new Dimension(d.code(), d.name(), byDimension.get(d.code())))
			.toList();
		return new Result(new IndicatorModel(dimensions), List.of());
	}

	private static boolean valid(IndicatorRow row) {
		Indicator item = row.asIndicator("check");
		return item.problems().isEmpty() && item.name().length() <= 100 && item.points().compareTo(MAX_POINTS) <= 0
				&& (item.guidance() == null || item.guidance().length() <= 1000)
				&& (item.evidence() == null || item.evidence().length() <= 500)
				&& (item.dataSource() == null || isDataSource(item.dataSource()));
	}

	private static boolean isDataSource(String key) {
		for (DataSource source : DataSource.values()) {
			if (source.name().equals(key)) {
				return true;
			}
		}
		return false;
	}

	private static String nextCode(String dimension, Set<String> used) {
		int n = 1;
		while (used.contains(dimension + n)) {
			n++;
		}
		String code = dimension + n;
		used.add(code);
		return code;
	}
}
