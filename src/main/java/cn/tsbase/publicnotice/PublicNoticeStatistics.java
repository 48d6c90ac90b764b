package cn.tsbase.publicnotice;

import java.util.List;

import cn.tsbase.shared.Tally;

/** Counts of the public notices' entries for the programme's statistics, grouped in the database. */
public interface PublicNoticeStatistics {

	/** Put on a public notice (公示) of the year, whatever the outcome of objections. */
	String NOTICED = "NOTICED";

	/**
	 * The declarations put on the year's notices (a corrected notice counts each declaration once), by district and
	 * base type; of one district, or of all when the district is null.
	 */
	List<Tally> stages(int year, String districtCode);
}
