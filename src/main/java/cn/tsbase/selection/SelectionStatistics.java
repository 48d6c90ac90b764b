package cn.tsbase.selection;

import java.util.List;

import cn.tsbase.shared.Tally;

/** Counts of the municipal selection's candidates for the programme's statistics, grouped in the database. */
public interface SelectionStatistics {

	/** Passed the written pre-review (proposed or not afterwards). */
	String PRE_REVIEW_PASSED = "PRE_REVIEW_PASSED";

	/** Placed in an expert review round. */
	String EXPERT_REVIEW = "EXPERT_REVIEW";

	/** On the proposed list (拟入选). */
	String PROPOSED = "PROPOSED";

	/** The candidates of the year's calls, by district and base type, counted per stage reached; of one district,
	 * or of all when the district is null. */
	List<Tally> stages(int year, String districtCode);
}
