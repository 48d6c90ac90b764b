package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.tsbase.shared.indicators.IndicatorModel;

/**
 * The items a proposed rectification order starts with: every failed veto item and every indicator scored below
 * 60 % of its points, with the reviewer's comment. The district edits them before issuing.
 */
final class RectificationDrafts {

	private static final BigDecimal SHARE = new BigDecimal("0.6");

	private RectificationDrafts() {
	}

	static String items(EvaluationSheet sheet, IndicatorModel content) {
		List<String> lines = new ArrayList<>();
		for (IndicatorModel.Indicator indicator : content.indicators()) {
			EvaluationSheet.Entry entry = sheet.entry(indicator.code());
			BigDecimal score = entry.finalScore();
			boolean weak = !indicator.veto() && score != null
					&& score.compareTo(indicator.points().multiply(SHARE)) < 0;
			if (entry.vetoFailed() || weak) {
				String comment = entry.municipalReason() != null ? entry.municipalReason() : entry.districtComment();
				lines.add((lines.size() + 1) + ". " + indicator.code() + " " + indicator.name()
						+ (comment == null ? "" : "：" + comment));
			}
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}
}
