package cn.tsbase.shared;

import java.util.List;

/**
 * A module's counts of the programme's stages over a range of call years, grouped in its own database by year,
 * district and base type in one statement, so a trend over ten years costs what a trend over one does. The modules
 * that count a stage of the funnel (申报 → 发文) each offer one; reporting sums them and never reads their tables.
 */
public interface YearlyTallies {

	/** A count of one stage in one year. */
	record YearTally(int year, Tally tally) {
	}

	/**
	 * The stages reached by the calls of the years {@code fromYear} to {@code toYear} (both included), of one district
	 * or of all when {@code districtCode} is null; a year without anything has no tallies.
	 */
	List<YearTally> stages(int fromYear, int toYear, String districtCode);
}
