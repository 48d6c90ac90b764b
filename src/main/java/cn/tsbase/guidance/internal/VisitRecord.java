package cn.tsbase.guidance.internal;

import java.time.LocalDate;
import java.util.List;

/** What an officer writes down about a visit, with the recommendations it leaves (each with a due day). */
public record VisitRecord(LocalDate visitedOn, GuidanceMode mode, String participants, List<String> topics,
		List<CheckedItem> checked, String findings, List<Recommendation> recommendations) {

	public record Recommendation(String text, LocalDate dueOn) {
	}
}
