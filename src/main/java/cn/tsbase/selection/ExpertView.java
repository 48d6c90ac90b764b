package cn.tsbase.selection;

import java.time.Instant;
import java.util.Set;

/**
 * An expert of the pool as pages and the JSON API show it: the one mapping of the {@code Expert} entity that leaves
 * the module. {@code fields} are the disciplines and industry codes the expert reviews.
 */
public record ExpertView(long id, String name, String title, String affiliationName, String affiliationUscc,
		String email, String phone, Set<String> fields, boolean available, long accountId, String username,
		Instant createdAt, long version) {
}
