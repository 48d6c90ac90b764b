/**
 * The one indicator model (指标模型) of the platform: scored items with their points, guidance, evidence and veto flag,
 * their totals, and grades from thresholds. Evaluation's indicator systems, the district review criteria and the expert
 * rubric are read and validated as this model (docs/adr/0030-one-indicator-model.md).
 */
package cn.tsbase.shared.indicators;
