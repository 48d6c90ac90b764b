package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.operation.ZoneIndicators;

/**
 * Computes zones' four indicators from their member records and activities: three grouped queries whatever the number
 * of zones. Current members (not removed) are the whole; a member counts as trained in the year asked when the unit
 * stated people trained for it that year or it sent people to a training of the zone held that year.
 */
@Component
class ZoneIndicatorCounts {

	private final ZoneMemberRepository members;
	private final ActivityRepository activities;

	ZoneIndicatorCounts(ZoneMemberRepository members, ActivityRepository activities) {
		this.members = members;
		this.activities = activities;
	}

	@Transactional(readOnly = true)
	ZoneIndicators of(long baseId, int year) {
		return of(List.of(baseId), year).get(baseId);
	}

	/** The indicators of each of the zones (every id gets an entry, zeros where nothing is recorded). */
	@Transactional(readOnly = true)
	Map<Long, ZoneIndicators> of(Collection<Long> baseIds, int year) {
		Map<Long, ZoneIndicators> result = new HashMap<>();
		if (baseIds.isEmpty()) {
			return result;
		}
		Map<Long, long[]> counts = new HashMap<>();
		for (Object[] row : members.counts(baseIds)) {
			counts.put((Long) row[0], new long[] { number(row[1]), number(row[2]), number(row[3]) });
		}
		Map<Long, Long> trained = new HashMap<>();
		for (Object[] row : members.trained(baseIds, year, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
			trained.put((Long) row[0], number(row[1]));
		}
		Map<Long, Long> publicity = new HashMap<>();
		for (Object[] row : activities.countsByBase(baseIds, ActivityKind.PUBLICITY, LocalDate.of(year, 1, 1),
				LocalDate.of(year + 1, 1, 1))) {
			publicity.put((Long) row[0], number(row[1]));
		}
		for (Long baseId : baseIds) {
			long[] c = counts.getOrDefault(baseId, new long[3]);
			result.put(baseId, ZoneIndicators.of(year, c[0], trained.getOrDefault(baseId, 0L),
					publicity.getOrDefault(baseId, 0L), c[2], c[1]));
		}
		return result;
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}
}
