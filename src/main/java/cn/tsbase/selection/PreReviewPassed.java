package cn.tsbase.selection;

/** A candidate passed the written pre-review and goes on to the expert review; its unit is told. */
public record PreReviewPassed(long candidateId, long declarationId, long unitId, String unitName) {
}
