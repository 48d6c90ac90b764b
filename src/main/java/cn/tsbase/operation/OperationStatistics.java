package cn.tsbase.operation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tsbase.shared.Tally;

/**
 * Counts of the bases' operation for the programme's statistics, grouped in the database: activities held, liaison
 * reports filed on time, late or missing, problems still open. Of one district, or of all when it is null.
 */
public interface OperationStatistics {

	/** Trainings held (培训) and the people they reached. */
	String TRAININGS = "TRAINING";
	String TRAINED = "TRAINING_PARTICIPANTS";

	/** Publicity and legal-awareness events (宣传、普法) and the people they reached. */
	String PUBLICITY = "PUBLICITY";
	String PUBLICITY_REACHED = "PUBLICITY_PARTICIPANTS";

	/** Liaison reports of the year's periods filed by their due date, after it, and owed but not filed. */
	String ON_TIME = "ON_TIME";
	String LATE = "LATE";
	String MISSING = "MISSING";

	/** The activities held in the year by district and kind, with their participants (keys above). */
	List<Tally> activities(int year, String districtCode);

	/**
	 * The liaison reports of the year's periods by district: filed on time, filed late, and missing (a period ended
	 * and its due date passed, owed by every base whose profile existed by the period's end, not filed).
	 */
	List<Tally> reports(int year, String districtCode);

	/** The problems raised in liaison reports and not closed, by district and the day they were raised. */
	List<ProblemAge> openProblems(String districtCode);

	/**
	 * The construction standards (建设标准) each of the bases still lacks for the year, by name, in one statement;
	 * bases without a profile are left out.
	 */
	Map<Long, Set<String>> missingStandards(Collection<Long> baseIds, int year);

	/** How many open problems of a district were raised on a day. */
	record ProblemAge(String districtCode, LocalDate raisedOn, long count) {
	}
}
