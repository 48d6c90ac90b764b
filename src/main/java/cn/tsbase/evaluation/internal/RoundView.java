package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An evaluation round as pages show it, with how many evaluations (in the caller's scope) stand in each status. */
public record RoundView(long id, int year, LocalDate designatedBefore, LocalDate selfDeadline,
		LocalDate districtDeadline, long pointSystemId, long zoneSystemId, RoundStatus status, String documentNumber,
		LocalDate publishedOn, String openedBy, Instant openedAt, long version, Map<EvaluationStatus, Long> counts,
		MissedSelfEvaluationRule missedSelfRule) {

	public long count(EvaluationStatus status) {
		return counts.getOrDefault(status, 0L);
	}

	public long total() {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	public boolean isOpen() {
		return status == RoundStatus.OPEN;
	}
}
