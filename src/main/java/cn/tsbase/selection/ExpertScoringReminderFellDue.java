package cn.tsbase.selection;

import java.time.Instant;

/**
 * A reminder before a review round's deadline: the expert has declarations still to score. Published once per round,
 * expert and reminder ({@code lastDay}: the deadline is within a day; otherwise within three days).
 */
public record ExpertScoringReminderFellDue(long roundId, String roundName, Instant deadline, long expertAccountId, int pending,
		boolean lastDay) {
}
