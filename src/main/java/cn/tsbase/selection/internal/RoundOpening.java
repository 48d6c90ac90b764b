package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.selection.CandidateStatus;
import cn.tsbase.selection.CandidateView;
import cn.tsbase.selection.ExpertView;
import cn.tsbase.selection.ReviewRoundView;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Opening a review round (专家评审): the candidates of a year that passed the pre-review and are in no round yet, the
 * experts of the pool who can be invited, the checks of the officer's settings, and the round itself.
 */
@Service
public class RoundOpening {

	public static final int MAX_EXPERTS_PER_DECLARATION = 15;
	public static final int MAX_LOAD = 200;

	private final ReviewRoundRepository rounds;
	private final RoundCandidateRepository roundCandidates;
	private final CandidateRepository candidates;
	private final ExpertRepository experts;
	private final RubricService rubrics;
	private final AuditLog audit;
	private final Clock clock;
	private final BigDecimal defaultThreshold;

	RoundOpening(ReviewRoundRepository rounds, RoundCandidateRepository roundCandidates,
			CandidateRepository candidates, ExpertRepository experts, RubricService rubrics, AuditLog audit,
			Clock clock, @Value("${tsbase.selection.divergence-threshold:20}") BigDecimal defaultThreshold) {
		this.rounds = rounds;
		this.roundCandidates = roundCandidates;
		this.candidates = candidates;
		this.experts = experts;
		this.rubrics = rubrics;
		this.audit = audit;
		this.clock = clock;
		this.defaultThreshold = defaultThreshold;
	}

	/** The divergence threshold a new round gets unless the officer sets another ({@code tsbase.selection.*}). */
	public BigDecimal defaultThreshold() {
		return defaultThreshold;
	}

	/** Candidates of the year that passed the pre-review and are in no round yet. */
	@Transactional(readOnly = true)
	public List<CandidateView> openableCandidates(int year) {
		List<Candidate> passed = candidates.findByCallYearAndStatusOrderByBaseTypeAscUnitNameAscIdAsc(year,
				CandidateStatus.PRE_REVIEW_PASSED);
		if (passed.isEmpty()) {
			return List.of();
		}
		Set<Long> taken = new HashSet<>(roundCandidates.inAnyRound(passed.stream().map(Candidate::getId).toList()));
		return passed.stream().filter(c -> !taken.contains(c.getId())).map(Candidate::view).toList();
	}

	@Transactional(readOnly = true)
	public List<Integer> candidateYears() {
		return candidates.years();
	}

	/** The experts of the pool who can be invited, by name. */
	@Transactional(readOnly = true)
	public List<ExpertView> availableExperts() {
		return experts.findByAvailableTrueOrderByNameAscIdAsc().stream().map(Expert::view).toList();
	}

	/** What the officer sets when opening a round. */
	public record NewRound(int year, String name, Long rubricId, List<Long> candidateIds, List<Long> expertIds,
			int expertsPerDeclaration, int maximumLoad, Instant deadline, BigDecimal divergenceThreshold) {

		public NewRound {
			candidateIds = candidateIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(candidateIds));
			expertIds = expertIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(expertIds));
		}
	}

	/** What is wrong with a new round; the fields are those of the form. */
	@Transactional(readOnly = true)
	public List<ReviewProblem> check(NewRound round) {
		List<ReviewProblem> problems = new ArrayList<>();
		if (round.name() == null || round.name().isBlank() || round.name().strip().length() > 100) {
			problems.add(ReviewProblem.onField("name", "round.name.required"));
		}
		if (round.rubricId() == null || rubricMissing(round.rubricId())) {
			problems.add(ReviewProblem.onField("rubricId", "round.rubric.required"));
		}
		if (round.candidateIds().isEmpty()) {
			problems.add(ReviewProblem.onField("candidateIds", "round.candidates.required"));
		}
		else {
			Set<Long> openable = openableCandidates(round.year()).stream()
				.map(CandidateView::id)
				.collect(Collectors.toSet());
			if (!openable.containsAll(round.candidateIds())) {
				problems.add(ReviewProblem.onField("candidateIds", "round.candidates.notOpenable"));
			}
		}
		if (round.expertIds().isEmpty()) {
			problems.add(ReviewProblem.onField("expertIds", "round.experts.required"));
		}
		else {
			Set<Long> available = availableExperts().stream().map(ExpertView::id).collect(Collectors.toSet());
			if (!available.containsAll(round.expertIds())) {
				problems.add(ReviewProblem.onField("expertIds", "round.experts.unavailable"));
			}
		}
		problems.addAll(checkSizes(round.expertsPerDeclaration(), round.maximumLoad(), round.deadline(),
				round.divergenceThreshold()));
		return problems;
	}

	private boolean rubricMissing(long rubricId) {
		return !rubrics.exists(rubricId);
	}

	/** The checks of the settings a round is opened with and may change later ({@link RoundSettings}). */
	List<ReviewProblem> checkSizes(int perDeclaration, int maximumLoad, Instant deadline, BigDecimal threshold) {
		List<ReviewProblem> problems = new ArrayList<>();
		if (perDeclaration < 1 || perDeclaration > MAX_EXPERTS_PER_DECLARATION) {
			problems.add(ReviewProblem.onField("expertsPerDeclaration", "round.expertsPerDeclaration.range",
					MAX_EXPERTS_PER_DECLARATION));
		}
		if (maximumLoad < 1 || maximumLoad > MAX_LOAD) {
			problems.add(ReviewProblem.onField("maximumLoad", "round.maximumLoad.range", MAX_LOAD));
		}
		if (deadline == null || !deadline.isAfter(clock.instant())) {
			problems.add(ReviewProblem.onField("deadline", "round.deadline.future"));
		}
		if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0
				|| threshold.scale() > 2) {
			problems.add(ReviewProblem.onField("divergenceThreshold", "round.threshold.range"));
		}
		return problems;
	}

	/**
	 * Opens a round with the candidates and experts given.
	 *
	 * @throws IllegalArgumentException when {@link #check} finds a problem
	 */
	@Transactional
	public ReviewRoundView open(NewRound newRound, String officer) {
		if (!check(newRound).isEmpty()) {
			throw new IllegalArgumentException("Invalid round: " + check(newRound));
		}
		ReviewRound round = rounds.save(new ReviewRound(newRound.year(), newRound.name().strip(),
				newRound.rubricId(), newRound.expertsPerDeclaration(), newRound.maximumLoad(), newRound.deadline(),
				newRound.divergenceThreshold(), newRound.expertIds(), officer, clock.instant()));
		for (Candidate candidate : candidates.findByIdIn(newRound.candidateIds())) {
			roundCandidates.save(new RoundCandidate(round.getId(), candidate.getId(), candidate.getDeclarationId()));
		}
		try {
			roundCandidates.flush();
		}
		catch (org.springframework.dao.DataIntegrityViolationException taken) {
			throw new StateConflictException("round.candidates.notOpenable", "A candidate is in another round");
		}
		audit.record(officer, "REVIEW_ROUND_OPENED", "ReviewRound", round.getId(), AuditOutcome.SUCCESS,
				round.getYear() + ": " + newRound.candidateIds().size() + " declarations, "
						+ newRound.expertIds().size() + " experts, k=" + round.getExpertsPerDeclaration() + ", L="
						+ round.getMaximumLoad());
		return round.view();
	}
}
