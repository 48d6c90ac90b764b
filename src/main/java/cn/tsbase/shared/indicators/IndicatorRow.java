package cn.tsbase.shared.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.tsbase.shared.indicators.IndicatorModel.Dimension;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * A row of the indicator editor ({@code fragments/indicators :: editor}) as a form binds it ({@code items[i].name} …):
 * an item of a model being entered. A row without a name is empty and ignored; the owner decides which fields it reads
 * ({@link IndicatorEditing}).
 *
 * @param code the item's code when it exists already (kept), or null for a new row
 * @param dimension the code of the item's dimension, when the owner has several
 */
public record IndicatorRow(String code, String dimension, String name, BigDecimal points, BigDecimal minimum,
		BigDecimal weight, Boolean veto, String guidance, String evidence, String dataSource) {

	/** The row of an item of a dimension. */
	public static IndicatorRow of(String dimension, Indicator item) {
		return new IndicatorRow(item.code(), dimension, item.name(), item.points(), item.minimum(), item.weight(),
				item.veto(), item.guidance(), item.evidence(), item.dataSource());
	}

	/** An empty row (for a new item) in a dimension. */
	public static IndicatorRow blank(String dimension) {
		return new IndicatorRow(null, dimension, "", null, null, null, false, null, null, null);
	}

	/** The rows of the model's items, dimension by dimension, then {@code spare} empty rows in the last dimension. */
	public static List<IndicatorRow> of(IndicatorModel model, int spare) {
		List<IndicatorRow> rows = new ArrayList<>();
		String last = null;
		for (Dimension d : model.dimensions()) {
			d.indicators().forEach(i -> rows.add(of(d.code(), i)));
			last = d.code();
		}
		return withSpares(rows, last, spare);
	}

	/** The rows that are not empty, then {@code spare} empty rows (to show a form again). */
	public static List<IndicatorRow> withSpares(List<IndicatorRow> rows, String dimension, int spare) {
		List<IndicatorRow> shown = new ArrayList<>(filled(rows));
		for (int i = 0; i < spare; i++) {
			shown.add(blank(dimension));
		}
		return shown;
	}

	/** The rows that are not empty, in their order. */
	public static List<IndicatorRow> filled(List<IndicatorRow> rows) {
		return rows == null ? List.of() : rows.stream().filter(r -> r != null && !r.isEmpty()).toList();
	}

	/** Whether the row has no name (an unused row of the form). */
	public boolean isEmpty() {
		return name == null || name.isBlank();
	}

	/** Whether the row is a veto item (an unticked box sends nothing). */
	public boolean isVeto() {
		return Boolean.TRUE.equals(veto);
	}

	/** The row as an item with the code given; texts stripped, blank ones none. */
	public Indicator asIndicator(String itemCode) {
		return new Indicator(itemCode, name == null ? null : name.strip(), points, strip(guidance), strip(evidence),
				isVeto(), strip(dataSource), minimum, weight);
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
