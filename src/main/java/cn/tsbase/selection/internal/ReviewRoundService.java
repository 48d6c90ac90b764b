package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationParties;
import cn.tsbase.selection.CandidateStatus;
import cn.tsbase.selection.ExpertAssignmentsReleased;
import cn.tsbase.selection.ExpertScoreReopened;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.DataScope;

/**
 * The municipal bureau's side of the expert review (专家评审): opening a round, conflicts of interest (回避), assigning
 * experts automatically ({@link AssignmentSolver}) and by hand, releasing the assignments to the experts, reopening a
 * score, the aggregation and rankings ({@link ScoreAggregation}), site visits and the decision on the proposed list
 * (拟入选名单), which it hands to the public notice as {@link ProposedListDecided}.
 */
@Service
public class ReviewRoundService {

	/** The selection reads declarations on the municipal bureau's behalf. */
	private static final DataScope MUNICIPAL = new DataScope(DataScope.Kind.ALL, null, null);

	public static final int MAX_EXPERTS_PER_DECLARATION = 15;
	public static final int MAX_LOAD = 200;

	private final ReviewRoundRepository rounds;
	private final RoundCandidateRepository roundCandidates;
	private final RoundConflictRepository conflicts;
	private final AssignmentRepository assignments;
	private final ExpertScoreRepository scores;
	private final CandidateRepository candidates;
	private final ExpertRepository experts;
	private final RubricService rubrics;
	private final DeclarationManagement declarations;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;
	private final BigDecimal defaultThreshold;
	private final ConflictDismissals dismissals;

	ReviewRoundService(ReviewRoundRepository rounds, RoundCandidateRepository roundCandidates,
			RoundConflictRepository conflicts, AssignmentRepository assignments, ExpertScoreRepository scores,
			CandidateRepository candidates, ExpertRepository experts, RubricService rubrics,
			DeclarationManagement declarations, ApplicationEventPublisher events, AuditLog audit, Clock clock,
			@Value("${tsbase.selection.divergence-threshold:20}") BigDecimal defaultThreshold,
			ConflictDismissals dismissals) {
		this.dismissals = dismissals;
		this.rounds = rounds;
		this.roundCandidates = roundCandidates;
		this.conflicts = conflicts;
		this.assignments = assignments;
		this.scores = scores;
		this.candidates = candidates;
		this.experts = experts;
		this.rubrics = rubrics;
		this.declarations = declarations;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.defaultThreshold = defaultThreshold;
	}

	// ---------------------------------------------------------------- opening a round

	/** The divergence threshold a new round gets unless the officer sets another ({@code tsbase.selection.*}). */
	public BigDecimal defaultThreshold() {
		return defaultThreshold;
	}

	/** Candidates of the year that passed the pre-review and are in no round yet. */
	@Transactional(readOnly = true)
	public List<Candidate> openableCandidates(int year) {
		List<Candidate> passed = candidates.findByCallYearAndStatusOrderByBaseTypeAscUnitNameAscIdAsc(year,
				CandidateStatus.PRE_REVIEW_PASSED);
		if (passed.isEmpty()) {
			return List.of();
		}
		Set<Long> taken = new HashSet<>(roundCandidates.inAnyRound(passed.stream().map(Candidate::getId).toList()));
		return passed.stream().filter(c -> !taken.contains(c.getId())).toList();
	}

	@Transactional(readOnly = true)
	public List<Integer> candidateYears() {
		return candidates.years();
	}

	/** The experts of the pool who can be invited, by name. */
	@Transactional(readOnly = true)
	public List<Expert> availableExperts() {
		return experts.findByAvailableTrueOrderByNameAscIdAsc();
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
				.map(Candidate::getId)
				.collect(Collectors.toSet());
			if (!openable.containsAll(round.candidateIds())) {
				problems.add(ReviewProblem.onField("candidateIds", "round.candidates.notOpenable"));
			}
		}
		if (round.expertIds().isEmpty()) {
			problems.add(ReviewProblem.onField("expertIds", "round.experts.required"));
		}
		else {
			Set<Long> available = availableExperts().stream().map(Expert::getId).collect(Collectors.toSet());
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

	private List<ReviewProblem> checkSizes(int perDeclaration, int maximumLoad, Instant deadline,
			BigDecimal threshold) {
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
	public ReviewRound open(NewRound newRound, String officer) {
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
		return round;
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public List<ReviewRound> all() {
		return rounds.findAllByOrderByYearDescIdDesc();
	}

	@Transactional(readOnly = true)
	public ReviewRound round(long id) {
		return rounds.findById(id).orElseThrow(() -> new NotFoundException("Round " + id));
	}

	/** The round with everything its pages show. */
	@Transactional(readOnly = true)
	public RoundView view(long id) {
		ReviewRound round = round(id);
		Rubric rubric = rubrics.get(round.getRubricId());
		List<RubricItem> items = rubrics.items(rubric.getId());
		List<RoundCandidate> members = roundCandidates.findByRoundIdOrderById(id);
		Map<Long, Candidate> byId = candidates.findByIdIn(members.stream().map(RoundCandidate::getCandidateId).toList())
			.stream()
			.collect(Collectors.toMap(Candidate::getId, Function.identity()));
		List<RoundView.Entry> entries = members.stream()
			.map(m -> new RoundView.Entry(m, byId.get(m.getCandidateId())))
			.sorted(Comparator.comparing((RoundView.Entry e) -> e.candidate().getBaseType())
				.thenComparing(e -> e.candidate().getUnitName())
				.thenComparing(RoundView.Entry::declarationId))
			.toList();
		List<Assignment> assigned = assignments.findByRoundIdOrderByDeclarationIdAscExpertIdAsc(id);
		Set<Long> expertIds = new HashSet<>(round.getExpertIds());
		assigned.forEach(a -> expertIds.add(a.getExpertId()));
		Map<Long, Expert> expertsById = experts.findByIdIn(expertIds)
			.stream()
			.collect(Collectors.toMap(Expert::getId, Function.identity()));
		Map<Long, ExpertScore> scoresByAssignment = assigned.isEmpty() ? Map.of()
				: scores.findByRound(id)
					.stream()
					.collect(Collectors.toMap(ExpertScore::getAssignmentId, Function.identity()));
		return new RoundView(round, rubric, items, entries, expertsById,
				conflicts.findByRoundIdOrderByDeclarationIdAscExpertIdAscIdAsc(id), assigned, scoresByAssignment);
	}

	private ReviewRound openRound(long id) {
		ReviewRound round = round(id);
		round.requireOpen();
		return round;
	}

	// ---------------------------------------------------------------- settings and invitations

	/** Changes the round's settings (see {@link ReviewRound#changeSettings}); returns the problems, if any. */
	@Transactional
	public List<ReviewProblem> changeSettings(long id, long expectedVersion, int perDeclaration, int maximumLoad,
			Instant deadline, BigDecimal threshold, String officer) {
		ReviewRound round = openRound(id);
		if (round.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ReviewRound.class, id);
		}
		List<ReviewProblem> problems = checkSizes(perDeclaration, maximumLoad, deadline, threshold);
		if (!problems.isEmpty()) {
			return problems;
		}
		round.changeSettings(perDeclaration, maximumLoad, deadline, threshold);
		rounds.flush();
		audit.record(officer, "REVIEW_ROUND_CHANGED", "ReviewRound", id, AuditOutcome.SUCCESS,
				"k=" + perDeclaration + ", L=" + maximumLoad + ", deadline " + deadline + ", threshold " + threshold);
		return List.of();
	}

	/** Invites more experts of the pool (available ones) to the round. */
	@Transactional
	public void invite(long id, List<Long> expertIds, String officer) {
		ReviewRound round = openRound(id);
		Set<Long> available = availableExperts().stream().map(Expert::getId).collect(Collectors.toSet());
		List<Long> invited = expertIds.stream().filter(available::contains).distinct().toList();
		round.invite(invited);
		audit.record(officer, "REVIEW_ROUND_EXPERTS_INVITED", "ReviewRound", id, AuditOutcome.SUCCESS,
				"experts " + invited);
	}

	// ---------------------------------------------------------------- conflicts of interest

	/**
	 * Runs {@link ConflictPolicy} on the round's declarations (the declaring unit, a zone's member units, the contact
	 * e-mail, as each declaration states them) and its invited experts, and keeps what it finds in place of the
	 * previous detection; conflicts the experts declared stay.
	 */
	@Transactional
	public List<RoundConflict> detectConflicts(long id, String officer) {
		ReviewRound round = openRound(id);
		List<RoundConflict> found = detect(round, officer);
		audit.record(officer, "CONFLICTS_DETECTED", "ReviewRound", id, AuditOutcome.SUCCESS,
				found.size() + " conflicts");
		return found;
	}

	private List<RoundConflict> detect(ReviewRound round, String officer) {
		List<RoundCandidate> members = roundCandidates.findByRoundIdOrderById(round.getId());
		List<ConflictPolicy.DeclaringParties> parties = parties(members);
		List<ConflictPolicy.ExpertAffiliation> affiliations = experts.findByIdIn(round.getExpertIds())
			.stream()
			.map(e -> new ConflictPolicy.ExpertAffiliation(e.getId(), e.getAffiliationName(), e.getAffiliationUscc(),
					e.getEmail()))
			.toList();
		conflicts.deleteDetected(round.getId());
		Instant now = clock.instant();
		List<RoundConflict> found = new ArrayList<>();
		for (ConflictPolicy.Conflict conflict : ConflictPolicy.conflicts(affiliations, parties,
				dismissals.publicMailHosts())) {
			found.add(conflicts.save(RoundConflict.detected(round.getId(), conflict, officer, now)));
		}
		dismissals.recheck(round.getId(), found, officer);
		return found;
	}

	private List<ConflictPolicy.DeclaringParties> parties(List<RoundCandidate> members) {
		Map<Long, Candidate> byDeclaration = candidates
			.findByIdIn(members.stream().map(RoundCandidate::getCandidateId).toList())
			.stream()
			.collect(Collectors.toMap(Candidate::getDeclarationId, Function.identity()));
		List<ConflictPolicy.DeclaringParties> parties = new ArrayList<>();
		for (DeclarationParties declared : declarations.parties(
				members.stream().map(RoundCandidate::getDeclarationId).toList(), MUNICIPAL)) {
			parties.add(partiesOf(declared, byDeclaration.get(declared.declarationId())));
		}
		return parties;
	}

	/**
	 * The parties as the declaration states them (unit name, contact e-mail, member units), with the declaring unit's
	 * credit code from the unit registry: validated at registration, and not for the declaring unit to change.
	 */
	static ConflictPolicy.DeclaringParties partiesOf(DeclarationParties declared, Candidate candidate) {
		String name = declared.unitName() == null || declared.unitName().isBlank() ? candidate.getUnitName()
				: declared.unitName();
		List<ConflictPolicy.Unit> members = declared.members()
			.stream()
			.map(m -> new ConflictPolicy.Unit(m.name(), m.uscc()))
			.toList();
		return new ConflictPolicy.DeclaringParties(declared.declarationId(),
				new ConflictPolicy.Unit(name, candidate.getUscc()), declared.contactEmail(), members);
	}

	// ---------------------------------------------------------------- assignment

	/**
	 * Assigns experts with {@link AssignmentSolver} after detecting conflicts afresh. Pairs set by hand and pairs
	 * already released stay; the other pairs are replaced by the solution. When no assignment meets the rules,
	 * nothing changes and the outcome says why.
	 */
	@Transactional
	public AssignmentOutcome assignAutomatically(long id, String officer) {
		ReviewRound round = openRound(id);
		List<RoundConflict> current = new ArrayList<>(detect(round, officer));
		conflicts.findByRoundIdOrderByDeclarationIdAscExpertIdAscIdAsc(id)
			.stream()
			.filter(RoundConflict::isDeclared)
			.forEach(current::add);
		current.removeIf(dismissals.storedDismissedIn(id));
		Map<Long, Candidate> candidatesByDeclaration = candidatesByDeclaration(id);
		List<AssignmentProblem.Declaration> declarationsToReview = candidatesByDeclaration.values()
			.stream()
			.map(c -> new AssignmentProblem.Declaration(c.getDeclarationId(), c.getIndustryCode()))
			.toList();
		List<AssignmentProblem.Expert> invited = experts.findByIdIn(round.getExpertIds())
			.stream()
			.map(e -> new AssignmentProblem.Expert(e.getId(), e.getFields(), e.isAvailable()))
			.toList();
		List<Assignment> existing = assignments.findByRoundIdOrderByDeclarationIdAscExpertIdAsc(id);
		Set<ReviewPair> fixed = existing.stream()
			.filter(a -> a.isReleased() || a.isManual())
			.map(Assignment::pair)
			.collect(Collectors.toSet());
		AssignmentOutcome outcome = AssignmentSolver.solve(new AssignmentProblem(declarationsToReview, invited,
				current.stream().map(RoundConflict::pair).collect(Collectors.toSet()), fixed,
				round.getExpertsPerDeclaration(), round.getMaximumLoad(), AssignmentProblem.DEFAULT_MISMATCH_PENALTY));
		if (outcome instanceof AssignmentOutcome.Assigned assigned) {
			existing.stream().filter(a -> !fixed.contains(a.pair())).forEach(assignments::delete);
			assignments.flush();
			Instant now = clock.instant();
			int added = 0;
			for (AssignmentOutcome.AssignedPair pair : assigned.pairs()) {
				if (!pair.fixed()) {
					assignments.save(new Assignment(id, pair.expertId(), pair.declarationId(), false,
							pair.expertiseMatch(), now));
					added++;
				}
			}
			audit.record(officer, "ASSIGNED_AUTOMATICALLY", "ReviewRound", id, AuditOutcome.SUCCESS,
					added + " pairs assigned, " + fixed.size() + " kept");
		}
		else {
			audit.record(officer, "ASSIGNED_AUTOMATICALLY", "ReviewRound", id, AuditOutcome.FAILURE,
					((AssignmentOutcome.Infeasible) outcome).reasons()
						.stream()
						.map(r -> r.reason().name())
						.collect(Collectors.joining(", ")));
		}
		return outcome;
	}

	private Map<Long, Candidate> candidatesByDeclaration(long roundId) {
		List<RoundCandidate> members = roundCandidates.findByRoundIdOrderById(roundId);
		Map<Long, Candidate> byDeclaration = new TreeMap<>();
		candidates.findByIdIn(members.stream().map(RoundCandidate::getCandidateId).toList())
			.forEach(c -> byDeclaration.put(c.getDeclarationId(), c));
		return byDeclaration;
	}

	/**
	 * Adds a pair by hand, if it keeps the rules: the expert is invited and available, not in conflict with the
	 * declaration (detected now or declared), under the maximum load, and the declaration still needs an expert.
	 *
	 * @return why not, in words with names; empty when added
	 */
	@Transactional
	public List<ReviewProblem> addPair(long id, long expertId, long declarationId, String officer) {
		ReviewRound round = openRound(id);
		Map<Long, Candidate> byDeclaration = candidatesByDeclaration(id);
		Candidate candidate = byDeclaration.get(declarationId);
		if (candidate == null) {
			throw new NotFoundException("Declaration " + declarationId + " in round " + id);
		}
		Expert expert = experts.findById(expertId).orElseThrow(() -> new NotFoundException("Expert " + expertId));
		String unit = candidate.getUnitName();
		List<ReviewProblem> problems = new ArrayList<>();
		if (!round.getExpertIds().contains(expertId)) {
			problems.add(ReviewProblem.of("assignment.add.notInvited", expert.getName()));
			return problems;
		}
		List<Assignment> existing = assignments.findByRoundIdOrderByDeclarationIdAscExpertIdAsc(id);
		if (existing.stream().anyMatch(a -> a.getExpertId() == expertId && a.getDeclarationId() == declarationId)) {
			problems.add(ReviewProblem.of("assignment.add.duplicate", expert.getName(), unit));
			return problems;
		}
		if (!expert.isAvailable()) {
			problems.add(ReviewProblem.of("assignment.add.unavailable", expert.getName()));
		}
		for (ConflictView conflict : conflictsOfPair(id, expert, candidate)) {
			problems.add(ReviewProblem.of("assignment.add.conflicted", expert.getName(), unit, conflict.reason()));
		}
		long load = existing.stream().filter(a -> a.getExpertId() == expertId).count();
		if (load >= round.getMaximumLoad()) {
			problems.add(ReviewProblem.of("assignment.add.overloaded", expert.getName(), load,
					round.getMaximumLoad()));
		}
		long reviewers = existing.stream().filter(a -> a.getDeclarationId() == declarationId).count();
		if (reviewers >= round.getExpertsPerDeclaration()) {
			problems.add(ReviewProblem.of("assignment.add.full", unit, reviewers, round.getExpertsPerDeclaration()));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		boolean match = candidate.getIndustryCode() != null && expert.getFields().contains(candidate.getIndustryCode());
		assignments.save(new Assignment(id, expertId, declarationId, true, match, clock.instant()));
		audit.record(officer, "ASSIGNMENT_ADDED", "ReviewRound", id, AuditOutcome.SUCCESS,
				"expert " + expertId + ", declaration " + declarationId);
		return List.of();
	}

	/** A conflict of a pair with its reason as a message to resolve in the reader's language. */
	record ConflictView(ConflictReason reasonCode, DefaultMessageSourceResolvable reason) {
	}

	private List<ConflictView> conflictsOfPair(long roundId, Expert expert, Candidate candidate) {
		List<ConflictView> found = new ArrayList<>();
		Set<ConflictReason> seen = new HashSet<>();
		java.util.function.Predicate<ConflictKey> dismissed = dismissals.dismissedIn(roundId);
		for (RoundConflict stored : conflicts.findByRoundIdOrderByDeclarationIdAscExpertIdAscIdAsc(roundId)) {
			if ((stored.isDeclared() || !dismissed.test(ConflictKey.of(stored)))
					&& stored.getExpertId().equals(expert.getId())
					&& stored.getDeclarationId().equals(candidate.getDeclarationId()) && seen.add(stored.getReason())) {
				found.add(new ConflictView(stored.getReason(), resolvable(stored.getReason().messageKey(),
						stored.messageArguments())));
			}
		}
		List<DeclarationParties> declared = declarations.parties(List.of(candidate.getDeclarationId()), MUNICIPAL);
		if (!declared.isEmpty()) {
			for (ConflictPolicy.Conflict conflict : ConflictPolicy.conflicts(
					List.of(new ConflictPolicy.ExpertAffiliation(expert.getId(), expert.getAffiliationName(),
							expert.getAffiliationUscc(), expert.getEmail())),
					List.of(partiesOf(declared.get(0), candidate)), dismissals.publicMailHosts())) {
				if (!dismissed.test(ConflictKey.of(conflict)) && seen.add(conflict.reason())) {
					found.add(new ConflictView(conflict.reason(),
							resolvable(conflict.messageKey(), conflict.messageArguments())));
				}
			}
		}
		return found;
	}

	static DefaultMessageSourceResolvable resolvable(String key, Object[] arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments, key);
	}

	/**
	 * Removes a pair. A pair whose score was submitted stays (reopen the score first); a draft score goes with it.
	 */
	@Transactional
	public void removePair(long id, long assignmentId, String officer) {
		openRound(id);
		Assignment assignment = assignmentOf(id, assignmentId);
		scores.findByAssignmentId(assignmentId).ifPresent(score -> {
			if (score.isSubmitted()) {
				throw new StateConflictException("assignment.remove.scored", "Assignment " + assignmentId);
			}
			scores.delete(score);
		});
		scores.flush();
		assignments.delete(assignment);
		audit.record(officer, "ASSIGNMENT_REMOVED", "ReviewRound", id, AuditOutcome.SUCCESS,
				"expert " + assignment.getExpertId() + ", declaration " + assignment.getDeclarationId()
						+ (assignment.isReleased() ? " (released)" : ""));
	}

	private Assignment assignmentOf(long roundId, long assignmentId) {
		return assignments.findById(assignmentId)
			.filter(a -> a.getRoundId() == roundId)
			.orElseThrow(() -> new NotFoundException("Assignment " + assignmentId + " of round " + roundId));
	}

	/**
	 * Releases the assignments not yet released: every declaration must have its experts. Only now are the experts
	 * told ({@link ExpertAssignmentsReleased}).
	 *
	 * @return why not; empty when released
	 */
	@Transactional
	public List<ReviewProblem> release(long id, String officer) {
		ReviewRound round = openRound(id);
		RoundView view = view(id);
		List<ReviewProblem> problems = new ArrayList<>();
		for (RoundView.Entry entry : view.incomplete()) {
			problems.add(ReviewProblem.of("assignment.release.incomplete", entry.candidate().getUnitName(),
					view.assignmentsOf(entry.declarationId()).size(), round.getExpertsPerDeclaration()));
		}
		List<Assignment> pending = view.assignments().stream().filter(a -> !a.isReleased()).toList();
		if (pending.isEmpty() && problems.isEmpty()) {
			problems.add(ReviewProblem.of("assignment.release.nothing"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Instant now = clock.instant();
		Map<Long, Integer> released = new TreeMap<>();
		for (Assignment assignment : pending) {
			assignments.findById(assignment.getId()).orElseThrow().release(now);
			released.merge(assignment.getExpertId(), 1, Integer::sum);
		}
		round.release(now);
		rounds.flush();
		List<ExpertAssignmentsReleased.Released> told = new ArrayList<>();
		released.forEach((expertId, count) -> {
			Expert expert = view.experts().get(expertId);
			told.add(new ExpertAssignmentsReleased.Released(expert.getAccountId(), expert.getName(), count));
		});
		events.publishEvent(new ExpertAssignmentsReleased(id, round.getName(), round.getDeadline(), told));
		audit.record(officer, "ASSIGNMENTS_RELEASED", "ReviewRound", id, AuditOutcome.SUCCESS,
				pending.size() + " assignments to " + told.size() + " experts");
		return List.of();
	}

	/** Reopens an expert's submitted score for them to change; they are told. */
	@Transactional
	public void reopenScore(long id, long assignmentId, String officer) {
		ReviewRound round = openRound(id);
		Assignment assignment = assignmentOf(id, assignmentId);
		ExpertScore score = scores.findByAssignmentId(assignmentId)
			.orElseThrow(() -> new StateConflictException("score.notSubmitted", "No score for " + assignmentId));
		score.reopen(officer, clock.instant());
		scores.flush();
		Expert expert = experts.findById(assignment.getExpertId()).orElseThrow();
		String unit = candidatesByDeclaration(id).get(assignment.getDeclarationId()).getUnitName();
		audit.record(officer, "EXPERT_SCORE_REOPENED", "Assignment", assignmentId, AuditOutcome.SUCCESS,
				"expert " + expert.getUsername() + ", declaration " + assignment.getDeclarationId());
		events.publishEvent(new ExpertScoreReopened(id, round.getName(), assignmentId, expert.getAccountId(), unit));
	}

	// ---------------------------------------------------------------- aggregation and ranking

	/** The aggregation of a round's submitted scores, with what the pages need besides. */
	public record Results(RoundView view, ScoreAggregation.Result aggregation, Map<Long, Long> submittedByDeclaration) {

		public ScoreAggregation.DeclarationResult of(long declarationId) {
			return aggregation.declaration(declarationId);
		}

		public long submittedOf(long declarationId) {
			return submittedByDeclaration.getOrDefault(declarationId, 0L);
		}

		public long outstanding() {
			return view.assignments().size() - view.submittedCount();
		}

		/** A declaration's place in the raw ranking of its type, or {@code null} when it has none. */
		public Integer rawPosition(long declarationId) {
			return aggregation.rankings()
				.stream()
				.flatMap(r -> r.raw().stream())
				.filter(p -> p.declarationId() == declarationId)
				.findFirst()
				.map(ScoreAggregation.Place::position)
				.orElse(null);
		}

		public Integer normalisedPosition(long declarationId) {
			return aggregation.rankings()
				.stream()
				.flatMap(r -> r.normalised().stream())
				.filter(p -> p.declarationId() == declarationId)
				.findFirst()
				.map(ScoreAggregation.Place::position)
				.orElse(null);
		}

		/** The experts' totals of a declaration by expert name (the officer's view). */
		public Map<String, BigDecimal> totalsByExpertName(long declarationId) {
			Map<String, BigDecimal> totals = new LinkedHashMap<>();
			of(declarationId).totalsByExpert().forEach((expertId, total) -> totals.put(view.expertName(expertId), total));
			return totals;
		}
	}

	@Transactional(readOnly = true)
	public Results results(long id) {
		RoundView view = view(id);
		return results(view);
	}

	static Results results(RoundView view) {
		ScoreAggregation.Rubric rubric = RubricService.forAggregation(view.items());
		List<ScoreAggregation.Declaration> declarations = view.entries()
			.stream()
			.map(e -> new ScoreAggregation.Declaration(e.declarationId(), e.candidate().getBaseType()))
			.toList();
		List<ScoreAggregation.SubmittedScore> submitted = new ArrayList<>();
		Map<Long, Long> submittedByDeclaration = new HashMap<>();
		for (Assignment assignment : view.assignments()) {
			ExpertScore score = view.scoreOf(assignment);
			if (score == null || !score.isSubmitted()) {
				continue;
			}
			Map<String, BigDecimal> values = new HashMap<>();
			rubric.criteria().forEach(c -> values.put(c.code(), score.score(c.code())));
			Set<String> failed = rubric.vetoItems()
				.stream()
				.filter(v -> Boolean.TRUE.equals(score.vetoFailed(v)))
				.collect(Collectors.toSet());
			submitted.add(new ScoreAggregation.SubmittedScore(assignment.getExpertId(), assignment.getDeclarationId(),
					values, failed));
			submittedByDeclaration.merge(assignment.getDeclarationId(), 1L, Long::sum);
		}
		return new Results(view, ScoreAggregation.aggregate(rubric, declarations, submitted,
				view.round().getDivergenceThreshold()), submittedByDeclaration);
	}

	// ---------------------------------------------------------------- site visits and the decision

	/** Records the notes of a site visit (现场核查) to a candidate of the round; an empty note clears them. */
	@Transactional
	public void recordSiteVisit(long id, long candidateId, String note, String officer) {
		openRound(id);
		RoundCandidate candidate = roundCandidates.findByRoundIdAndCandidateId(id, candidateId)
			.orElseThrow(() -> new NotFoundException("Candidate " + candidateId + " in round " + id));
		candidate.recordSiteVisit(note, officer, clock.instant());
		roundCandidates.flush();
		audit.record(officer, "SITE_VISIT_RECORDED", "Declaration", candidate.getDeclarationId(),
				AuditOutcome.SUCCESS, null);
	}

	/** Which ranking a cut-off follows. */
	public enum Basis {
		RAW, NORMALISED
	}

	/** The declarations above the cut-off: the first {@code points} points and {@code zones} zones of the ranking. */
	public static Set<Long> cutOff(Results results, int points, int zones, Basis basis) {
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
	public List<ReviewProblem> checkDecision(Results results, Set<Long> picks) {
		List<ReviewProblem> problems = new ArrayList<>();
		RoundView view = results.view();
		long outstanding = results.outstanding();
		if (outstanding > 0) {
			problems.add(ReviewProblem.of("decision.scoresOutstanding", outstanding));
		}
		for (RoundView.Entry entry : view.incomplete()) {
			problems.add(ReviewProblem.of("decision.expertsMissing", entry.candidate().getUnitName(),
					view.assignmentsOf(entry.declarationId()).size(), view.round().getExpertsPerDeclaration()));
		}
		if (picks.isEmpty()) {
			problems.add(ReviewProblem.of("decision.nothingPicked"));
		}
		for (Long pick : picks) {
			if (view.entry(pick) == null) {
				throw new NotFoundException("Declaration " + pick + " in round " + view.round().getId());
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
	 * and the list goes to the public notice ({@link ProposedListDecided}, whose list id is the round's id).
	 *
	 * @return what stands in the way; empty when decided
	 */
	@Transactional
	public List<ReviewProblem> decide(long id, long expectedVersion, Set<Long> picks, String officer) {
		ReviewRound round = openRound(id);
		if (round.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ReviewRound.class, id);
		}
		if (round.getStatus() != RoundStatus.RELEASED) {
			throw new StateConflictException("round.notReleased", "Round " + id + " was not released");
		}
		Results results = results(id);
		List<ReviewProblem> problems = checkDecision(results, picks);
		if (!problems.isEmpty()) {
			return problems;
		}
		RoundView view = results.view();
		List<ProposedListDecided.Entry> proposed = new ArrayList<>();
		for (RoundView.Entry entry : view.entries()) {
			boolean picked = picks.contains(entry.declarationId());
			RoundCandidate member = roundCandidates.findById(entry.roundCandidate().getId()).orElseThrow();
			member.decide(picked);
			Candidate candidate = candidates.findById(entry.candidate().getId()).orElseThrow();
			candidate.decide(picked);
			if (picked) {
				proposed.add(new ProposedListDecided.Entry(candidate.getDeclarationId(), candidate.getUnitId(),
						candidate.getUnitName(), candidate.getUscc(), candidate.getBaseType(),
						candidate.getDistrictCode(), candidate.getIndustryCode()));
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
		return List.of();
	}

	private static int positionOrLast(Integer position) {
		return position == null ? Integer.MAX_VALUE : position;
	}
}
