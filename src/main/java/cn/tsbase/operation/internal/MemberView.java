package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A zone member as pages, exports and the API show it: registered when its credit code belongs to a unit registered
 * on the platform; {@code trainedThisYear} is for the year the list was asked for.
 */
public record MemberView(long id, String uscc, String name, boolean registered, LocalDate removedOn, boolean hasRules,
		LocalDate rulesOn, String rulesDocument, int trainedThisYear, List<Trained> trainedByYear, boolean cultivated,
		String updatedBy, Instant updatedAt, long version) {

	public boolean isCurrent() {
		return removedOn == null;
	}

	/** People trained in a year. */
	public record Trained(int year, int people) {
	}
}
