package cn.tsbase.evaluation;

import cn.tsbase.shared.indicators.Grade;

/** The district scored a base and submitted its proposed grade to the municipal bureau. */
public record EvaluationProposed(long evaluationId, long baseId, String districtCode, Grade proposedGrade) {
}
