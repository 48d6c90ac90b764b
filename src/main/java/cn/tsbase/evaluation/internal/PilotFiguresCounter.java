package cn.tsbase.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseStatistics;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.casework.CaseworkStatistics;
import cn.tsbase.evaluation.EvaluationStatistics;
import cn.tsbase.guidance.GuidanceStatistics;
import cn.tsbase.operation.OperationStatistics;
import cn.tsbase.shared.Tally;
import cn.tsbase.shared.indicators.Grade;

/**
 * Counts a district's figures for its pilot dossier through the statistics ports of the modules that hold them (bases,
 * operation, guidance, casework: never their tables) and this module's own orders and procedures, each grouped in
 * the database.
 */
@Component
class PilotFiguresCounter {

	private final BaseStatistics bases;
	private final EvaluationStatistics evaluations;
	private final OperationStatistics operation;
	private final GuidanceStatistics guidance;
	private final CaseworkStatistics casework;
	private final EntityManager em;

	PilotFiguresCounter(BaseStatistics bases, EvaluationStatistics evaluations, OperationStatistics operation,
			GuidanceStatistics guidance, CaseworkStatistics casework, EntityManager em) {
		this.bases = bases;
		this.evaluations = evaluations;
		this.operation = operation;
		this.guidance = guidance;
		this.casework = casework;
		this.em = em;
	}

	PilotFigures count(String district, int year) {
		List<BaseStatistics.BaseCount> baseCounts = bases.counts(district);
		long points = baseCounts.stream()
			.filter(c -> c.status() == BaseStatus.ACTIVE && "POINT".equals(c.baseType()))
			.mapToLong(BaseStatistics.BaseCount::count)
			.sum();
		long zones = baseCounts.stream()
			.filter(c -> c.status() == BaseStatus.ACTIVE && "ZONE".equals(c.baseType()))
			.mapToLong(BaseStatistics.BaseCount::count)
			.sum();
		List<Tally> grades = evaluations.grades(year, district);
		Map<RectificationStatus, Long> orders = new java.util.EnumMap<>(RectificationStatus.class);
		em.createQuery("select r.status, count(r) from Rectification r, Evaluation e, EvaluationRound o "
				+ "where e.id = r.evaluationId and o.id = e.roundId and o.year = :year and r.districtCode = :district "
				+ "group by r.status", Object[].class)
			.setParameter("year", year)
			.setParameter("district", district)
			.getResultList()
			.forEach(row -> orders.put((RectificationStatus) row[0], (Long) row[1]));
		long ordered = orders.values().stream().mapToLong(Long::longValue).sum();
		long accepted = orders.getOrDefault(RectificationStatus.ACCEPTED, 0L);
		long failed = orders.getOrDefault(RectificationStatus.FAILED, 0L);
		Map<RevocationStatus, Long> procedures = new java.util.EnumMap<>(RevocationStatus.class);
		em.createQuery("select v.status, count(v) from Revocation v where v.districtCode = :district "
				+ "group by v.status", Object[].class)
			.setParameter("district", district)
			.getResultList()
			.forEach(row -> procedures.put((RevocationStatus) row[0], (Long) row[1]));
		List<Tally> activities = operation.activities(year, district);
		List<Tally> reports = operation.reports(year, district);
		List<Tally> cases = casework.counts(year, district);
		return new PilotFigures(points, zones, sum(grades, Grade.EXCELLENT.name()), sum(grades, Grade.GOOD.name()),
				sum(grades, Grade.PASS.name()), sum(grades, Grade.FAIL.name()), ordered, accepted,
				ordered - accepted - failed, failed, procedures.getOrDefault(RevocationStatus.REVOKED, 0L),
				procedures.getOrDefault(RevocationStatus.PROPOSED, 0L)
						+ procedures.getOrDefault(RevocationStatus.RESPONDED, 0L),
				sum(activities, OperationStatistics.TRAININGS), sum(activities, OperationStatistics.TRAINED),
				sum(reports, OperationStatistics.ON_TIME), sum(reports, OperationStatistics.LATE),
				sum(reports, OperationStatistics.MISSING),
				sum(guidance.work(year, district), GuidanceStatistics.VISITS), sum(cases, CaseworkStatistics.INCIDENTS),
				median(casework.responseTimes(year, district)), sum(cases, CaseworkStatistics.CASES_PUBLISHED));
	}

	private static long sum(List<Tally> tallies, String key) {
		Predicate<Tally> matches = t -> key.equals(t.key());
		return tallies.stream().filter(matches).mapToLong(Tally::count).sum();
	}

	/** The median of the answered incidents' first-answer times (the lower middle of an even count). */
	private static Long median(List<CaseworkStatistics.ResponseTime> times) {
		List<CaseworkStatistics.ResponseTime> sorted = new ArrayList<>(times);
		sorted.sort(java.util.Comparator.comparingLong(CaseworkStatistics.ResponseTime::minutes));
		long total = sorted.stream().mapToLong(CaseworkStatistics.ResponseTime::count).sum();
		if (total == 0) {
			return null;
		}
		long middle = (total + 1) / 2;
		long seen = 0;
		for (CaseworkStatistics.ResponseTime t : sorted) {
			seen += t.count();
			if (seen >= middle) {
				return t.minutes();
			}
		}
		return null;
	}
}
