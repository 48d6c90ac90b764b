package cn.tsbase.guidance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules (incidents, evaluation) may ask of guidance: who guides a unit now, and what was done per year. */
public interface GuidanceManagement {

	/** The guidance officer assigned to the unit today, if any. */
	Optional<AssignedOfficer> officerOf(long unitId);

	/**
	 * The units currently assigned to the guidance officer holding this account (empty when the account is not, or no
	 * longer, an appointed officer): what that officer may see of other modules' unit data, e.g. leak incidents.
	 */
	List<Long> unitsGuidedBy(long accountId);

	/**
	 * The district of the appointed, active guidance officer holding this account (empty for anyone else): where the
	 * typical cases that officer writes are reviewed.
	 */
	Optional<String> districtOfOfficer(long accountId);

	/** The visits and follow-ups of a base in a year (calendar year of the visit), counted in the database. */
	GuidanceSummary ofBase(long baseId, int year);

	/**
	 * The same for many bases at once (a page of a list, a round's bases) in two queries per thousand bases; a base
	 * without a visit in the year answers with zeros.
	 */
	Map<Long, GuidanceSummary> ofBases(Collection<Long> baseIds, int year);

	/** The visits and follow-ups of a unit in a year (calendar year of the visit), counted in the database. */
	GuidanceSummary ofUnit(long unitId, int year);
}
