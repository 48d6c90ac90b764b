package cn.tsbase.selection.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tsbase.selection.ExpertAssignmentsReleased;
import cn.tsbase.selection.ExpertReviewStarted;

/**
 * Turns a release of assignments into {@link ExpertReviewStarted} for the declarations it released first (a later
 * release that fills gaps does not tell a unit twice). Runs in the releasing transaction.
 */
@Component
class ExpertReviewStarts {

	private final AssignmentRepository assignments;
	private final RoundCandidateRepository roundCandidates;
	private final CandidateRepository candidates;
	private final ApplicationEventPublisher events;

	ExpertReviewStarts(AssignmentRepository assignments, RoundCandidateRepository roundCandidates,
			CandidateRepository candidates, ApplicationEventPublisher events) {
		this.assignments = assignments;
		this.roundCandidates = roundCandidates;
		this.candidates = candidates;
		this.events = events;
	}

	@EventListener
	void on(ExpertAssignmentsReleased released) {
		Map<Long, Instant> firstRelease = new HashMap<>();
		Instant latest = null;
		for (Assignment assignment : assignments.findByRoundIdOrderByDeclarationIdAscExpertIdAsc(released.roundId())) {
			Instant at = assignment.getReleasedAt();
			if (at != null) {
				firstRelease.merge(assignment.getDeclarationId(), at, (a, b) -> a.isBefore(b) ? a : b);
				latest = latest == null || at.isAfter(latest) ? at : latest;
			}
		}
		Instant now = latest;
		List<Long> candidateIds = roundCandidates.findByRoundIdOrderById(released.roundId())
			.stream()
			.map(RoundCandidate::getCandidateId)
			.toList();
		List<ExpertReviewStarted.Entry> started = new ArrayList<>();
		for (Candidate candidate : candidates.findByIdIn(candidateIds)) {
			if (Optional.ofNullable(firstRelease.get(candidate.getDeclarationId())).filter(at -> at.equals(now))
				.isPresent()) {
				started.add(new ExpertReviewStarted.Entry(candidate.getDeclarationId(), candidate.getUnitId(),
						candidate.getUnitName()));
			}
		}
		if (!started.isEmpty()) {
			events.publishEvent(new ExpertReviewStarted(released.roundId(), released.deadline(), started));
		}
	}
}
