package cn.tsbase.selection;

/**
 * One checklist item's result in a candidate's written pre-review as the candidate page shows it: the one mapping of
 * the {@code PreReviewResult} entity that leaves the module.
 */
public record PreReviewResultView(long candidateId, long itemId, boolean passed, String note) {
}
