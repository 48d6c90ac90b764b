package cn.tsbase.casework;

import java.time.Instant;
import java.util.List;

import cn.tsbase.shared.security.DataScope;

/**
 * What other modules (evaluation, reporting) may ask of casework: leak incidents as figures (who, when, how fast the
 * district answered; never their content) and the published typical cases, always within the caller's scope.
 */
public interface CaseworkManagement {

	/** The leak incidents reported in the year inside the scope, oldest first, with their response times. */
	List<IncidentFigures> incidents(int year, DataScope scope);

	/** The leak incidents of one base reported in the year, if the base's unit lies inside the scope. */
	List<IncidentFigures> incidentsOfBase(long baseId, int year, DataScope scope);

	/** Per district inside the scope: incidents of the year, those answered, and the median minutes to first contact. */
	List<DistrictResponseTimes> responseTimes(int year, DataScope scope);

	/** The typical cases published with the given case year, of one district or (null) of all. */
	List<PublishedCaseFigures> publishedCases(int year, String districtCode);

	/**
	 * The typical cases the unit wrote and handed to its district (drafts left out), newest first, at most 100, by
	 * their public (desensitised) title, which may still be empty: for a liaison report to name them.
	 */
	List<UnitCase> casesOfUnit(long unitId);

	/** A unit's typical case as another module may name it: never its private content. */
	record UnitCase(long caseId, String publicTitle, CaseStatus status) {
	}

	/** A leak incident's figures. {@code responseMinutes} is null while the district has not made contact. */
	record IncidentFigures(long incidentId, long unitId, String unitName, Long baseId, String districtCode,
			Instant reportedAt, Instant firstContactAt, Long responseMinutes, IncidentStatus status) {
	}

	/** A district's response times in a year. {@code medianMinutes} is null when no incident was answered. */
	record DistrictResponseTimes(String districtCode, int incidents, int answered, Long medianMinutes) {
	}

	/** A published typical case: its public title and tags' place and year. */
	record PublishedCaseFigures(long caseId, String title, String districtCode, int year, Instant publishedAt) {
	}
}
