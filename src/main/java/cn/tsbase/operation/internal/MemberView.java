package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A zone member as pages, exports and the API show it: registered when its credit code belongs to a unit registered
 * on the platform; for the year the list was asked for, {@code trainedThisYear} is the people the unit stated as
 * trained otherwise (not at the zone's recorded trainings) and {@code trainedInActivities} the people the member sent
 * to the zone's trainings.
 */
public record MemberView(long id, String uscc, String name, boolean registered, LocalDate removedOn, boolean hasRules,
		LocalDate rulesOn, String rulesDocument, int trainedThisYear, int trainedInActivities,
		List<Trained> trainedByYear, boolean cultivated, String updatedBy, Instant updatedAt, long version) {

	/** People of the member trained in the year, by either way. */
	public int trainedInYear() {
		return trainedThisYear + trainedInActivities;
	}

	public boolean isCurrent() {
		return removedOn == null;
	}

	/** People trained in a year. */
	public record Trained(int year, int people) {
	}
}
