package cn.tsbase.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A review round as pages and the JSON API show it: the one mapping of the {@code ReviewRound} entity that leaves the
 * module. {@code expertIds} are the invited experts.
 */
public record ReviewRoundView(long id, int year, String name, long rubricId, int expertsPerDeclaration,
		int maximumLoad, Instant deadline, BigDecimal divergenceThreshold, RoundStatus status, Set<Long> expertIds,
		String createdBy, Instant createdAt, Instant releasedAt, String decidedBy, Instant decidedAt, long version) {

	/** Decided rounds change no more. */
	public boolean decided() {
		return status == RoundStatus.DECIDED;
	}
}
