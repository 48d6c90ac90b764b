package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.indicators.GradeThresholds;

/**
 * Grades a round's evaluations: the total of the indicator scores, a failed veto item (基本项) fails outright, the
 * thresholds give the grade, then the 优秀 cap keeps at most {@code floor(n × percent / 100)} 优秀 in each group (a
 * district, or the whole round), where n counts every evaluated base of the group.
 * <p>
 * Tie-break at the cap: the 优秀 candidates are ranked by total, highest first; when the cap falls between bases with
 * the same total, none of the tied bases keeps 优秀 (no lottery among equal scores, and the cap is never exceeded).
 * A base that loses 优秀 to the cap is graded 良好, the next grade its total reaches.
 */
public final class GradingPolicy {

	/** One evaluation to grade: its group key for the cap, its total and whether a veto item failed. */
	public record Candidate(long id, String districtCode, BigDecimal total, boolean vetoFailed) {
	}

	/** The grade before the cap, the final grade, and why the cap changed it (null when it did not). */
	public record Result(long id, Grade uncapped, Grade grade, CapReason capReason) {

		public boolean capped() {
			return capReason != null;
		}
	}

	/** Why a base fell outside the cap: its rank among the group's 优秀 candidates, the places and the tie. */
	public record CapReason(int rank, int places, int groupSize, boolean tied) {
	}

	private final GradeThresholds thresholds;
	private final int capPercent;
	private final CapScope scope;

	public GradingPolicy(GradeThresholds thresholds, int capPercent, CapScope scope) {
		if (capPercent < 0 || capPercent > 100) {
			throw new IllegalArgumentException("Cap percent out of range: " + capPercent);
		}
		this.thresholds = thresholds;
		this.capPercent = capPercent;
		this.scope = scope;
	}

	/** The sum of the scores (missing scores count as nothing). */
	public static BigDecimal total(Collection<BigDecimal> scores) {
		return scores.stream().filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** How many 优秀 a group of this size may have. */
	public static int places(int groupSize, int capPercent) {
		return groupSize * capPercent / 100;
	}

	/** The grade before the cap. */
	public Grade uncapped(Candidate candidate) {
		return thresholds.gradeOf(candidate.total(), candidate.vetoFailed());
	}

	/** Grades every candidate; the results come in the candidates' order. */
	public List<Result> grade(List<Candidate> candidates) {
		Map<String, List<Candidate>> groups = new LinkedHashMap<>();
		for (Candidate c : candidates) {
			groups.computeIfAbsent(scope == CapScope.DISTRICT ? c.districtCode() : "", k -> new ArrayList<>()).add(c);
		}
		Map<Long, CapReason> outside = new HashMap<>();
		for (List<Candidate> group : groups.values()) {
			int places = places(group.size(), capPercent);
			List<Candidate> excellent = group.stream()
				.filter(c -> uncapped(c) == Grade.EXCELLENT)
				.sorted(Comparator.comparing(Candidate::total).reversed())
				.toList();
			if (excellent.size() <= places) {
				continue;
			}
			// the first base that has no place: everyone with its total or less falls outside
			BigDecimal boundary = excellent.get(places).total();
			boolean tied = places > 0 && excellent.get(places - 1).total().compareTo(boundary) == 0;
			for (int i = 0; i < excellent.size(); i++) {
				Candidate c = excellent.get(i);
				if (c.total().compareTo(boundary) <= 0) {
					boolean tiedHere = tied && c.total().compareTo(boundary) == 0;
					outside.put(c.id(), new CapReason(i + 1, places, group.size(), tiedHere));
				}
			}
		}
		List<Result> results = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			Grade before = uncapped(c);
			CapReason reason = outside.get(c.id());
			results.add(new Result(c.id(), before, reason == null ? before : Grade.GOOD, reason));
		}
		return results;
	}
}
