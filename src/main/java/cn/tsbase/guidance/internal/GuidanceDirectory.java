package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.guidance.AssignedOfficer;
import cn.tsbase.guidance.GuidanceManagement;
import cn.tsbase.guidance.GuidanceSummary;

/** The guidance module's public API, answering with view records. */
@Service
class GuidanceDirectory implements GuidanceManagement {

	private static final long NO_ID = -1L;

	/** Bases per query of {@link #ofBases}: an IN list every database takes. */
	private static final int BATCH = 1000;

	private final GuidanceOfficerRepository officers;
	private final GuidanceAssignmentRepository assignments;
	private final GuidanceVisitRepository visits;
	private final FollowUpRepository followUps;
	private final Clock clock;

	GuidanceDirectory(GuidanceOfficerRepository officers, GuidanceAssignmentRepository assignments, GuidanceVisitRepository visits,
			FollowUpRepository followUps, Clock clock) {
		this.officers = officers;
		this.assignments = assignments;
		this.visits = visits;
		this.followUps = followUps;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AssignedOfficer> officerOf(long unitId) {
		return assignments.findFirstByUnitIdAndValidToIsNull(unitId).map(a -> {
			GuidanceOfficer officer = a.getOfficer();
			return new AssignedOfficer(officer.getId(), officer.getAccountId(), officer.getDisplayName(),
					officer.getExpertise(), officer.getDistrictCode(), a.getValidFrom());
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<Long> unitsGuidedBy(long accountId) {
		return officers.findByAccountId(accountId)
			.filter(o -> o.toView().active())
			.map(o -> assignments.findByOfficer_IdAndValidToIsNullOrderByUnitName(o.getId())
				.stream()
				.map(GuidanceAssignment::getUnitId)
				.toList())
			.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> districtOfOfficer(long accountId) {
		return officers.findByAccountId(accountId)
			.filter(o -> o.toView().active())
			.map(GuidanceOfficer::getDistrictCode);
	}

	@Override
	@Transactional(readOnly = true)
	public GuidanceSummary ofBase(long baseId, int year) {
		return summary(visits.countByBaseIdAndYear(baseId, year), baseId, NO_ID, year);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, GuidanceSummary> ofBases(Collection<Long> baseIds, int year) {
		LocalDate today = LocalDate.now(clock);
		Map<Long, long[]> counts = new HashMap<>();
		List<Long> ids = baseIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			for (Object[] row : visits.countByBase(batch, year)) {
				counts.computeIfAbsent((Long) row[0], id -> new long[4])[0] = ((Number) row[1]).longValue();
			}
			for (Object[] row : followUps.summaryByBase(batch, year, today)) {
				long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[4]);
				long count = ((Number) row[2]).longValue();
				c[1] += count;
				if (row[1] == FollowUpStatus.CLOSED) {
					c[2] += count;
				}
				c[3] += row[3] == null ? 0 : ((Number) row[3]).longValue();
			}
		}
		Map<Long, GuidanceSummary> summaries = new LinkedHashMap<>();
		for (Long id : ids) {
			long[] c = counts.getOrDefault(id, new long[4]);
			summaries.put(id, new GuidanceSummary(year, c[0], c[1], c[2], c[1] - c[2], c[3]));
		}
		return summaries;
	}

	@Override
	@Transactional(readOnly = true)
	public GuidanceSummary ofUnit(long unitId, int year) {
		return summary(visits.countByUnitIdAndYear(unitId, year), NO_ID, unitId, year);
	}

	private GuidanceSummary summary(long visitCount, long baseId, long unitId, int year) {
		long all = 0;
		long closed = 0;
		for (Object[] row : followUps.summary(baseId, unitId, year)) {
			long count = ((Number) row[1]).longValue();
			all += count;
			if (row[0] == FollowUpStatus.CLOSED) {
				closed += count;
			}
		}
		long overdue = followUps.overdue(baseId, unitId, year, LocalDate.now(clock));
		return new GuidanceSummary(year, visitCount, all, closed, all - closed, overdue);
	}
}
