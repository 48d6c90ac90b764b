package cn.tsbase.casework;

import java.util.List;

import cn.tsbase.shared.Tally;

/**
 * Counts of casework for the programme's statistics, grouped in the database: never a description, a unit or a
 * case's text, only how many.
 */
public interface CaseworkStatistics {

	/** Leak incidents (泄露事件) reported in the year (Beijing time). */
	String INCIDENTS = "INCIDENTS";

	/** Typical cases (典型案例) published in the year. */
	String CASES_PUBLISHED = "CASES_PUBLISHED";

	/** The year's incidents and published cases by district (keys above); of one district, or of all when null. */
	List<Tally> counts(int year, String districtCode);

	/**
	 * How long the district took to first answer the year's incidents: per district and response time in minutes,
	 * how many incidents took that long (the answered ones only), so that the caller can take the median.
	 */
	List<ResponseTime> responseTimes(int year, String districtCode);

	/** How many incidents of a district were first answered after so many minutes. */
	record ResponseTime(String districtCode, long minutes, long count) {
	}
}
