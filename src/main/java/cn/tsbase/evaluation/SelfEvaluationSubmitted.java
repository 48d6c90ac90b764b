package cn.tsbase.evaluation;

/** A base submitted its self-evaluation to its district. */
public record SelfEvaluationSubmitted(long evaluationId, long baseId, String unitName, String districtCode) {
}
