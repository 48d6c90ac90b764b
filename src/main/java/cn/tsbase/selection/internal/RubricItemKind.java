package cn.tsbase.selection.internal;

import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/** What an item of the expert rubric is: a criterion scored within its range and weighted, or a veto item (基本项). */
public enum RubricItemKind {
	CRITERION, VETO;

	/** The kind of an item of the rubric's model. */
	public static RubricItemKind of(Indicator item) {
		return item.veto() ? VETO : CRITERION;
	}
}
