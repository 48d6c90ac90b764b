package cn.tsbase.shared.progress;

import java.time.Instant;
import java.util.List;

/**
 * One stage a declaration reached after the district recommended it: collected by the municipal bureau, the written
 * pre-review's result, the expert review, the proposed list, the public notice, objections, publication,
 * designation.
 *
 * @param order where the stage sits on the page (lower first)
 * @param messageKey the text, e.g. {@code declaration.milestone.preReviewPassed}
 * @param arguments the text's arguments (already readable values, never codes)
 * @param at when it happened, or {@code null} when the module keeps no time for it
 * @param link the page it is about, or {@code null}
 * @param negative whether the stage ends the declaration's way (failed, not proposed, removed)
 */
public record DeclarationMilestone(int order, String messageKey, List<String> arguments, Instant at, String link,
		boolean negative) {

	public DeclarationMilestone {
		if (messageKey == null || !messageKey.startsWith("declaration.milestone.")) {
			throw new IllegalArgumentException("Milestone key " + messageKey);
		}
		if (link != null && !link.startsWith("/")) {
			throw new IllegalArgumentException("Milestone link " + link);
		}
		arguments = List.copyOf(arguments);
	}

	public static DeclarationMilestone of(int order, String key, Instant at, String link, String... arguments) {
		return new DeclarationMilestone(order, "declaration.milestone." + key, List.of(arguments), at, link, false);
	}

	public static DeclarationMilestone negative(int order, String key, Instant at, String... arguments) {
		return new DeclarationMilestone(order, "declaration.milestone." + key, List.of(arguments), at, null, true);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
