package cn.tsbase.base;

import java.util.List;

import cn.tsbase.shared.Tally;

/** Counts of demonstration bases for the programme's statistics, grouped in the database. */
public interface BaseStatistics {

	/** Designated by the year's publication (发文). */
	String DESIGNATED = "DESIGNATED";

	/** A group of bases: district, type, industry, batch year and status, with how many. */
	record BaseCount(String districtCode, String baseType, String industryCode, int batchYear, BaseStatus status,
			long count) {
	}

	/** The bases of the year's batch, by district and base type; of one district, or all when it is null. */
	List<Tally> stages(int year, String districtCode);

	/** Every base of the district (all when null), grouped by district, type, industry, batch year and status. */
	List<BaseCount> counts(String districtCode);
}
