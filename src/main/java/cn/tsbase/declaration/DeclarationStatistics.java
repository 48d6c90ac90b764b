package cn.tsbase.declaration;

import java.util.List;

import cn.tsbase.shared.Tally;

/** Counts of declarations for the programme's statistics: grouped in the database, never a draft, never a row. */
public interface DeclarationStatistics {

	/** Submitted at least once (returned, resubmitted and decided ones included; drafts and withdrawals not). */
	String SUBMITTED = "SUBMITTED";

	/** Recommended by the district. */
	String RECOMMENDED = "RECOMMENDED";

	/** The declarations to the calls of the year, by district and base type, counted per stage reached; of one district,
	 * or of all when the district is null. */
	List<Tally> stages(int year, String districtCode);
}
