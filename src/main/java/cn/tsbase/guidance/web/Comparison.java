package cn.tsbase.guidance.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.tsbase.guidance.internal.AssessmentView;

/**
 * The comparison of a unit's results over years: a row per management element with the share of points (per cent)
 * of each year, oldest year first, so the page's table (and the chart drawn from it) reads left to right in time.
 */
public record Comparison(List<Integer> years, List<Row> rows) {

	public record Row(int element, List<Integer> percents) {
	}

	static Comparison of(List<AssessmentView> results) {
		List<AssessmentView> byYear = results.stream()
			.filter(r -> r.profile() != null)
			.sorted(Comparator.comparingInt(AssessmentView::year))
			.toList();
		List<Row> rows = new ArrayList<>();
		for (int element = 1; element <= 12; element++) {
			int e = element;
			rows.add(new Row(e, byYear.stream().map(r -> r.profile().of(e).percent()).toList()));
		}
		return new Comparison(byYear.stream().map(AssessmentView::year).toList(), rows);
	}

	/** Whether there is anything to compare (two years or more). */
	public boolean comparable() {
		return years.size() > 1;
	}

	/** The table's columns the chart draws: one per year. */
	public String columns() {
		return String.join(",", java.util.stream.IntStream.rangeClosed(1, years.size()).mapToObj(String::valueOf)
			.toList());
	}
}
