package cn.tsbase.districtreview;

import java.time.Instant;

/**
 * A co-review comment of the district IP office as the review page shows it: the one mapping of the entity that
 * leaves the module.
 */
public record CoReviewCommentView(String author, String authorName, String text, Instant createdAt) {
}
