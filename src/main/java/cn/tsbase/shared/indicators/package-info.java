/**
 * The one indicator model (指标模型) of the platform: scored items with their points, guidance, evidence and veto flag,
 * their totals, and grades from thresholds. Evaluation's indicator systems, the district review criteria and the expert
 * rubric are stored, read and validated as this model, and edited in its one editor ({@link IndicatorRow},
 * {@link IndicatorEditing}, {@code fragments/indicators :: editor}; docs/adr/0030-one-indicator-model.md).
 */
package cn.tsbase.shared.indicators;
