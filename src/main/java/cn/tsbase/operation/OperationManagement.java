package cn.tsbase.operation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What other modules may read about the operation of designated bases: the annual plan's state, the liaison reports
 * filed on time, late or missing, the activities held, the open problems. Answers are view records, never entities.
 * The API does not scope: a caller reads only bases it has already found inside its own user's scope (for example
 * through {@code BaseManagement}).
 */
public interface OperationManagement {

	/** The state of the base's annual plan of the year ({@link PlanState#NONE} when none is written). */
	PlanState planState(long baseId, int year);

	/** The states of many bases' annual plans of the year in one query; {@link PlanState#NONE} where none is written. */
	Map<Long, PlanState> planStates(Collection<Long> baseIds, int year);

	/** The base's liaison reports of the year as they stand today. */
	ReportTally reports(long baseId, int year);

	/** The trainings and publicity events the base held in the year, and how many took part. */
	ActivityTally activities(long baseId, int year);

	/** The base's problems raised in liaison reports and not closed yet, oldest first. */
	List<OpenProblem> openProblems(long baseId);

	/**
	 * The year's figures of many bases at once (a page of a list) in a bounded number of queries, whatever their
	 * number; bases without a profile are left out.
	 */
	Map<Long, BaseOperationSummary> summaries(Collection<Long> baseIds, int year);

	/**
	 * The four indicators (§五) of those of the bases that are zones, computed from their member records and publicity
	 * events of the year, in a bounded number of queries whatever their number; other bases are left out.
	 */
	Map<Long, ZoneIndicators> zoneIndicators(Collection<Long> baseIds, int year);

	/**
	 * A year's liaison reports: periods already ended ({@code due}), filed by their due date, filed after it, and not
	 * filed although their due date passed ({@code missing}); the rest of the due ones are still within their time.
	 */
	record ReportTally(int due, int onTime, int late, int missing) {

		public static final ReportTally NONE = new ReportTally(0, 0, 0, 0);
	}

	/** How many activities were held and the sum of their participants. */
	record ActivityTally(long count, long participants) {
	}

	/** A problem a base raised in the report of the period starting on {@code periodStart}, still open. */
	record OpenProblem(long problemId, long baseId, String unitName, String districtCode, LocalDate periodStart,
			String description, LocalDate raisedOn, boolean forwardedToMunicipal) {
	}

	/**
	 * A base's year in figures: the plan's state and its planned activities (count and expected reach), the liaison
	 * reports, the activities held, the open problems.
	 */
	record BaseOperationSummary(long baseId, int year, PlanState plan, ActivityTally planned, ReportTally reports,
			ActivityTally activities, long openProblems) {
	}
}
