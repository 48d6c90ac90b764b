package cn.tsbase.operation;

/**
 * A zone's four indicators (§五) for a year, computed from its member records and activities, never typed: members
 * with training in the year against all current members, the zone's publicity events (普法宣传) held in the year, the
 * demonstration enterprises being cultivated, and members with protection rules against all current members.
 * Percentages are whole numbers rounded down, null while the zone has no members.
 */
public record ZoneIndicators(int year, long members, long trained, Integer trainingPercent, long legalEvents,
		long cultivated, long withRules, Integer rulesPercent) {

	/** The indicators from the counts. */
	public static ZoneIndicators of(int year, long members, long trained, long legalEvents, long cultivated,
			long withRules) {
		return new ZoneIndicators(year, members, trained, percent(trained, members), legalEvents, cultivated,
				withRules, percent(withRules, members));
	}

	private static Integer percent(long part, long whole) {
		return whole == 0 ? null : (int) (part * 100 / whole);
	}
}
