package cn.tsbase.guidance;

import java.util.List;

import cn.tsbase.shared.Tally;

/** Counts of guidance work for the programme's statistics, grouped in the database. */
public interface GuidanceStatistics {

	/** Guidance visits (指导走访) recorded for the year. */
	String VISITS = "VISITS";

	/** Guidance requests (指导申请) the units made in the year (Beijing time). */
	String REQUESTS = "REQUESTS";

	/** The year's visits and requests by district (keys above); of one district, or of all when it is null. */
	List<Tally> work(int year, String districtCode);
}
