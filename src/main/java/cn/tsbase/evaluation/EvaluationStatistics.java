package cn.tsbase.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.tsbase.shared.Tally;
import cn.tsbase.shared.indicators.Grade;

/** Counts of evaluations and rectification orders for the programme's statistics, grouped in the database. */
public interface EvaluationStatistics {

	/**
	 * The final grades of the year's published evaluations by district and base type, the key being the
	 * {@link Grade}'s name; of one district, or of all when it is null.
	 */
	List<Tally> grades(int year, String districtCode);

	/**
	 * The rectification orders not closed yet (neither accepted nor failed) by district, the key being their status
	 * ({@code PROPOSED}, {@code ISSUED}, {@code SUBMITTED}, {@code RETURNED}); of one district, or of all.
	 */
	List<Tally> openRectifications(String districtCode);

	/**
	 * Where each of the bases stands (a page of a list): its published grade of the year and its open rectification
	 * orders, in two statements whatever their number. Bases without either are left out.
	 */
	Map<Long, BaseStanding> standings(Collection<Long> baseIds, int year);

	/** A base's published grade of the year (null while none is published) and its open rectification orders. */
	record BaseStanding(long baseId, Grade grade, long openRectifications) {
	}
}
