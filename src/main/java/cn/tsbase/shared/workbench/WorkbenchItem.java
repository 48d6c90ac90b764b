package cn.tsbase.shared.workbench;

import java.time.Instant;

/**
 * One line of a user's workbench (工作台): what awaits them, how many, by when, and where it is done.
 *
 * @param key a stable name such as {@code unit-drafts} (message key {@code workbench.item.<key>}, element id
 *        {@code wb-<key>})
 * @param order where the line sits on the page (lower first)
 * @param count how many things await the user (0 shows the line as done; {@value #NOT_COUNTED} for a line that only
 *        tells something and shows no count)
 * @param due the nearest deadline, or {@code null} when there is none
 * @param link the path of the page where the work is done
 */
public record WorkbenchItem(String key, int order, long count, Instant due, String link) {

	/** The count of a line that is never pending work and shows no badge (see {@link #note}). */
	public static final long NOT_COUNTED = -1;

	/** A line that only tells something (e.g. a voluntary task and whether it is done): no count, never pending. */
	public static WorkbenchItem note(String key, int order, String link) {
		return new WorkbenchItem(key, order, NOT_COUNTED, null, link);
	}

	public WorkbenchItem {
		if (key == null || !key.matches("[a-zA-Z0-9-]+")) {
			throw new IllegalArgumentException("Workbench key " + key);
		}
		if (link == null || !link.startsWith("/")) {
			throw new IllegalArgumentException("Workbench link " + link);
		}
	}

	public String messageKey() {
		return "workbench.item." + key;
	}

	public String elementId() {
		return "wb-" + key;
	}

	public boolean isCounted() {
		return count != NOT_COUNTED;
	}

	public boolean isPending() {
		return count > 0;
	}
}
