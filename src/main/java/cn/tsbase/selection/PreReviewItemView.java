package cn.tsbase.selection;

/**
 * An item of the written pre-review checklist as pages and the JSON API show it: the one mapping of the
 * {@code PreReviewItem} entity that leaves the module.
 */
public record PreReviewItemView(long id, int position, String name, boolean veto, boolean active) {
}
