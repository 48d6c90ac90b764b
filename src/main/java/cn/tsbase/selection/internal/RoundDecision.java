package cn.tsbase.selection.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.CandidatesNotProposed;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.selection.RoundStatus;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * The end of a round: site visits (现场核查) to its candidates, the cut-off by ranking, and the decision on the
 * proposed list (拟入选名单), which goes to the public notice as {@link ProposedListDecided}.
 */
@Service
public class RoundDecision {

	private final RoundReading reading;
	private final ReviewRoundRepository rounds;
	private final RoundCandidateRepository roundCandidates;
	private final CandidateRepository candidates;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	RoundDecision(RoundReading reading, ReviewRoundRepository rounds, RoundCandidateRepository roundCandidates,
			CandidateRepository candidates, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.reading = reading;
		this.rounds = rounds;
		this.roundCandidates = roundCandidates;
		this.candidates = candidates;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records the notes of a site visit (现场核查) to a candidate of the round; an empty note clears them. */
	@Transactional
	public void recordSiteVisit(long id, long candidateId, String note, String officer) {
		reading.openRound(id);
		RoundCandidate candidate = roundCandidates.findByRoundIdAndCandidateId(id, candidateId)
			.orElseThrow(() -> new NotFoundException("Candidate " + candidateId + " in round " + id));
		roundCandidates.save(candidate.recordSiteVisit(note, officer, clock.instant()));
	}

	/** Which ranking a cut-off follows. */
	public enum Basis {
		RAW, NORMALISED
	}

	/** The declarations above the cut-off: the first {@code points} points and {@code zones} zones of the ranking. */
	public static Set<Long> cutOff(RoundReading.Results results, int points, int zones, Basis basis) {
		Set<Long> picks = new LinkedHashSet<>();
		for (ScoreAggregation.Ranking ranking : results.aggregation().rankings()) {
			int take = ranking.baseType() == BaseType.POINT ? points : zones;
			(basis == Basis.RAW ? ranking.raw() : ranking.normalised()).stream()
				.filter(p -> p.position() != null)
				.limit(Math.max(0, take))
				.forEach(p -> picks.add(p.declarationId()));
		}
		return picks;
	}

	/**
	 * What stands in the way of deciding the list with these picks: scores outstanding, declarations short of
	 * experts, a pick that is vetoed or has no score, no pick at all.
	 */
	public List<ReviewProblem> checkDecision(RoundReading.Results results, Set<Long> picks) {
		List<ReviewProblem> problems = new ArrayList<>();
		RoundView view = results.view();
		long outstanding = results.outstanding();
		if (outstanding > 0) {
			problems.add(ReviewProblem.of("decision.scoresOutstanding", outstanding));
		}
		for (RoundView.Entry entry : view.incomplete()) {
			problems.add(ReviewProblem.of("decision.expertsMissing", entry.candidate().unitName(),
					view.assignmentsOf(entry.declarationId()).size(), view.round().expertsPerDeclaration()));
		}
		if (picks.isEmpty()) {
			problems.add(ReviewProblem.of("decision.nothingPicked"));
		}
		for (Long pick : picks) {
			if (view.entry(pick) == null) {
				throw new NotFoundException("Declaration " + pick + " in round " + view.round().id());
			}
			ScoreAggregation.DeclarationResult result = results.of(pick);
			if (result.vetoed()) {
				problems.add(ReviewProblem.of("decision.vetoedPicked", view.unitName(pick)));
			}
			else if (result.scoreCount() == 0) {
				problems.add(ReviewProblem.of("decision.unscoredPicked", view.unitName(pick)));
			}
		}
		return problems;
	}

	/**
	 * Decides the proposed list (拟入选名单): the picked candidates become proposed, the others not; the round closes
	 * and the list goes to the public notice ({@link ProposedListDecided}, whose list id is the round's id); the
	 * candidates left off it are announced as {@link CandidatesNotProposed}.
	 *
	 * @return what stands in the way; empty when decided
	 */
	@Transactional
	public List<ReviewProblem> decide(long id, long expectedVersion, Set<Long> picks, String officer) {
		ReviewRound round = reading.openRound(id);
		if (round.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ReviewRound.class, id);
		}
		if (round.getStatus() != RoundStatus.RELEASED) {
			throw new StateConflictException("round.notReleased", "Round " + id + " was not released");
		}
		RoundReading.Results results = reading.results(id);
		List<ReviewProblem> problems = checkDecision(results, picks);
		if (!problems.isEmpty()) {
			return problems;
		}
		RoundView view = results.view();
		List<ProposedListDecided.Entry> proposed = new ArrayList<>();
		List<CandidatesNotProposed.Entry> leftOut = new ArrayList<>();
		for (RoundView.Entry entry : view.entries()) {
			boolean picked = picks.contains(entry.declarationId());
			RoundCandidate member = roundCandidates.findById(entry.roundCandidate().id()).orElseThrow();
			member.decide(picked);
			Candidate candidate = candidates.findById(entry.candidate().id()).orElseThrow();
			candidate.decide(picked);
			if (picked) {
				proposed.add(new ProposedListDecided.Entry(candidate.getDeclarationId(), candidate.getUnitId(),
						candidate.getUnitName(), candidate.getUscc(), candidate.getBaseType(),
						candidate.getDistrictCode(), candidate.getIndustryCode()));
			}
			else {
				leftOut.add(new CandidatesNotProposed.Entry(candidate.getDeclarationId(), candidate.getUnitId(),
						candidate.getUnitName()));
			}
		}
		proposed.sort(Comparator.comparing(ProposedListDecided.Entry::baseType)
			.thenComparing(e -> positionOrLast(results.rawPosition(e.declarationId())))
			.thenComparing(ProposedListDecided.Entry::declarationId));
		round.decide(officer, clock.instant());
		rounds.flush();
		candidates.flush();
		audit.record(officer, "PROPOSED_LIST_DECIDED", "ReviewRound", id, AuditOutcome.SUCCESS,
				round.getYear() + ": " + proposed.size() + " of " + view.entries().size() + " proposed");
		events.publishEvent(new ProposedListDecided(id, round.getYear(), officer, proposed));
		if (!leftOut.isEmpty()) {
			events.publishEvent(new CandidatesNotProposed(id, round.getYear(), leftOut));
		}
		return List.of();
	}

	private static int positionOrLast(Integer position) {
		return position == null ? Integer.MAX_VALUE : position;
	}
}
