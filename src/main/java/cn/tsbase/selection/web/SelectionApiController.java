package cn.tsbase.selection.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.AssignmentView;
import cn.tsbase.selection.CandidateStatus;
import cn.tsbase.selection.ExpertScoreView;
import cn.tsbase.selection.ReviewRoundView;
import cn.tsbase.selection.RoundStatus;
import cn.tsbase.selection.internal.AssignmentOutcome;
import cn.tsbase.selection.internal.ConflictDeclarations;
import cn.tsbase.selection.internal.ExpertAssignments;
import cn.tsbase.selection.internal.ExpertScoring;
import cn.tsbase.selection.internal.ReviewProblem;
import cn.tsbase.selection.internal.RoundAssignment;
import cn.tsbase.selection.internal.RoundReading;
import cn.tsbase.selection.internal.RoundRelease;
import cn.tsbase.selection.internal.RoundView;
import cn.tsbase.selection.internal.ScoreAggregation;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The expert review as JSON: the municipal officer's rounds, assignments (automatic, by hand, release) and results;
 * the expert's own released assignments, conflict declarations and scores. Same authorization and scoping as the
 * pages: an expert reaches only their released assignments, anything else is 404.
 */
@RestController
@RequestMapping("/api/v1/selection")
@Tag(name = "expert review")
class SelectionApiController {

	private final RoundReading rounds;
	private final RoundAssignment assignment;
	private final RoundRelease releases;
	private final ExpertAssignments reviews;
	private final ConflictDeclarations declarations;
	private final ExpertScoring scoring;
	private final ProblemMessages problems;
	private final AuditLog audit;

	SelectionApiController(RoundReading rounds, RoundAssignment assignment, RoundRelease releases,
			ExpertAssignments reviews, ConflictDeclarations declarations, ExpertScoring scoring,
			ProblemMessages problems, AuditLog audit) {
		this.audit = audit;
		this.rounds = rounds;
		this.assignment = assignment;
		this.releases = releases;
		this.reviews = reviews;
		this.declarations = declarations;
		this.scoring = scoring;
		this.problems = problems;
	}

	// ---------------------------------------------------------------- the municipal officer

	record RoundSummary(long id, int year, String name, RoundStatus status, long rubricId,
			int expertsPerDeclaration, int maximumLoad, Instant deadline, BigDecimal divergenceThreshold,
			Instant releasedAt, Instant decidedAt, long version) {

		static RoundSummary of(ReviewRoundView r) {
			return new RoundSummary(r.id(), r.year(), r.name(), r.status(), r.rubricId(), r.expertsPerDeclaration(),
					r.maximumLoad(), r.deadline(), r.divergenceThreshold(), r.releasedAt(), r.decidedAt(), r.version());
		}
	}

	record CandidateResource(long candidateId, long declarationId, String unitName, String uscc, BaseType baseType,
			String districtCode, String industryCode, CandidateStatus status, String siteVisitNote,
			Boolean proposed) {
	}

	record ExpertResource(long id, String name, String affiliationName, Set<String> fields, boolean available) {
	}

	record ConflictResource(long expertId, String expertName, long declarationId, String unitName, String reason,
			String text, String note) {
	}

	record RoundResource(RoundSummary round, List<CandidateResource> candidates, List<ExpertResource> experts,
			List<ConflictResource> conflicts) {
	}

	record AssignmentResource(long id, long declarationId, String unitName, long expertId, String expertName,
			boolean manual, boolean expertiseMatch, Instant releasedAt, boolean declaredNoConflict,
			String scoreStatus) {

		static AssignmentResource of(AssignmentView a, RoundView view) {
			ExpertScoreView score = view.scoreOf(a);
			return new AssignmentResource(a.id(), a.declarationId(), view.unitName(a.declarationId()), a.expertId(),
					view.expertName(a.expertId()), a.manual(), a.expertiseMatch(), a.releasedAt(),
					a.hasDeclaredNoConflict(), score == null ? null : score.status().name());
		}
	}

	record PairRequest(@NotNull Long expertId, @NotNull Long declarationId) {
	}

	record Outcome(boolean done, List<String> problems, List<AssignmentResource> assignments) {
	}

	@Operation(summary = "The review rounds, newest year first")
	@GetMapping("/rounds")
	List<RoundSummary> rounds() {
		return rounds.all().stream().map(RoundSummary::of).toList();
	}

	@Operation(summary = "A round with its candidates, invited experts and conflicts of interest (with their reasons)")
	@GetMapping("/rounds/{id}")
	RoundResource round(@PathVariable long id, Locale locale) {
		RoundView view = rounds.view(id);
		return new RoundResource(RoundSummary.of(view.round()),
				view.entries()
					.stream()
					.map(e -> new CandidateResource(e.candidate().id(), e.declarationId(), e.candidate().unitName(),
							e.candidate().uscc(), e.candidate().baseType(), e.candidate().districtCode(),
							e.candidate().industryCode(), e.candidate().status(), e.roundCandidate().siteVisitNote(),
							e.roundCandidate().proposed()))
					.toList(),
				view.invitedExperts()
					.stream()
					.map(x -> new ExpertResource(x.id(), x.name(), x.affiliationName(), x.fields(), x.available()))
					.toList(),
				view.conflicts()
					.stream()
					.map(c -> new ConflictResource(c.expertId(), view.expertName(c.expertId()), c.declarationId(),
							view.unitName(c.declarationId()), c.reason().name(),
							problems.text(ReviewProblem.of(c.reason().messageKey(), c.messageArguments()), locale),
							c.note()))
					.toList());
	}

	@Operation(summary = "The round's assignments (expert × declaration) with the state of each score")
	@GetMapping("/rounds/{id}/assignments")
	List<AssignmentResource> assignments(@PathVariable long id) {
		RoundView view = rounds.view(id);
		return view.assignments().stream().map(a -> AssignmentResource.of(a, view)).toList();
	}

	@Operation(summary = "Assign automatically (after detecting conflicts afresh); 422 with the reasons, in words, "
			+ "when no assignment meets the rules")
	@PostMapping("/rounds/{id}/assignments/auto")
	ResponseEntity<Outcome> assignAutomatically(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			Locale locale) {
		AssignmentOutcome outcome = assignment.assignAutomatically(id, user.getUsername());
		if (outcome instanceof AssignmentOutcome.Infeasible infeasible) {
			RoundView view = rounds.view(id);
			return ResponseEntity.unprocessableContent()
				.body(new Outcome(false, problems.infeasibilities(infeasible, view, locale)
					.stream()
					.map(i -> i.text())
					.toList(), List.of()));
		}
		return ResponseEntity.ok(new Outcome(true, List.of(), assignments(id)));
	}

	@Operation(summary = "Add an expert to a declaration by hand; 422 with the reasons (conflict, load, full) otherwise")
	@PostMapping("/rounds/{id}/assignments")
	ResponseEntity<Outcome> addPair(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody PairRequest pair, Locale locale) {
		return outcome(assignment.addPair(id, pair.expertId(), pair.declarationId(), user.getUsername()), id,
				locale);
	}

	@Operation(summary = "Remove an assignment (409 once its score was submitted)")
	@DeleteMapping("/rounds/{id}/assignments/{assignmentId}")
	ResponseEntity<Void> removePair(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long assignmentId) {
		assignment.removePair(id, assignmentId, user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Release the assignments not yet released; the experts are told. 422 when a declaration "
			+ "lacks experts")
	@PostMapping("/rounds/{id}/release")
	ResponseEntity<Outcome> release(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			Locale locale) {
		return outcome(releases.release(id, user.getUsername()), id, locale);
	}

	private ResponseEntity<Outcome> outcome(List<ReviewProblem> found, long id, Locale locale) {
		if (!found.isEmpty()) {
			return ResponseEntity.unprocessableContent().body(new Outcome(false, problems.texts(found, locale),
					List.of()));
		}
		return ResponseEntity.ok(new Outcome(true, List.of(), assignments(id)));
	}

	record DeclarationResultResource(long declarationId, String unitName, BaseType baseType, int scoreCount,
			BigDecimal mean, BigDecimal trimmedMean, boolean trimmed, Map<String, BigDecimal> criterionMeans,
			boolean vetoed, BigDecimal spread, BigDecimal standardDeviation, boolean divergent,
			BigDecimal meanZScore, Integer rawPosition, Integer normalisedPosition) {
	}

	record ResultsResource(long roundId, BigDecimal divergenceThreshold, long outstandingScores,
			List<DeclarationResultResource> declarations) {
	}

	@Operation(summary = "The aggregation: per declaration mean, trimmed mean, per-criterion means, veto, spread, "
			+ "divergence, mean z-score, and its place in the raw and the normalised ranking of its base type")
	@GetMapping("/rounds/{id}/results")
	ResultsResource results(@PathVariable long id) {
		RoundReading.Results results = rounds.results(id);
		audit.record("EXPERT_SCORES_VIEWED", "ReviewRound", id, AuditOutcome.SUCCESS, null);
		RoundView view = results.view();
		return new ResultsResource(id, view.round().divergenceThreshold(), results.outstanding(), view.entries()
			.stream()
			.map(e -> {
				ScoreAggregation.DeclarationResult r = results.of(e.declarationId());
				return new DeclarationResultResource(e.declarationId(), e.candidate().unitName(), r.baseType(),
						r.scoreCount(), r.mean(), r.trimmedMean(), r.trimmed(), r.criterionMeans(), r.vetoed(),
						r.spread(), r.standardDeviation(), r.divergent(), r.meanZScore(),
						results.rawPosition(e.declarationId()), results.normalisedPosition(e.declarationId()));
			})
			.toList());
	}

	// ---------------------------------------------------------------- the expert

	record MyAssignmentResource(long id, long roundId, String roundName, Instant deadline, long declarationId,
			String unitName, BaseType baseType, boolean declaredNoConflict, String scoreStatus) {

		static MyAssignmentResource of(ExpertAssignments.MyAssignment m) {
			return new MyAssignmentResource(m.assignment().id(), m.round().id(), m.round().name(),
					m.round().deadline(), m.assignment().declarationId(), m.candidate().unitName(),
					m.candidate().baseType(), m.assignment().hasDeclaredNoConflict(),
					m.score() == null ? null : m.score().status().name());
		}
	}

	record MyScoreResource(MyAssignmentResource assignment, Map<String, String> scores, Map<String, String> comments,
			Map<String, String> vetoes, String overallComment) {
	}

	record ConflictDeclarationRequest(@NotNull Boolean conflict, @Size(max = 500) String note) {
	}

	record ScoreRequest(Map<String, String> scores, Map<String, String> comments, Map<String, String> vetoes,
			@Size(max = 2000) String overallComment, boolean submit) {
	}

	@Operation(summary = "The expert's own released assignments")
	@GetMapping("/my/assignments")
	List<MyAssignmentResource> myAssignments(@AuthenticationPrincipal CurrentUser user) {
		return reviews.assignments(user).stream().map(MyAssignmentResource::of).toList();
	}

	@Operation(summary = "One of the expert's assignments with their own score (404 for anyone else's)")
	@GetMapping("/my/assignments/{id}")
	MyScoreResource myAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		ExpertAssignments.MyReview review = reviews.review(id, user);
		ExpertScoring.ScoreInput input = ExpertScoring.ScoreInput.of(review.score());
		return new MyScoreResource(MyAssignmentResource.of(review.mine()), input.scores(), input.comments(),
				input.vetoes(), input.overallComment());
	}

	@Operation(summary = "Declare a conflict of interest (with what it is: the assignment goes) or none (the "
			+ "declaration opens)")
	@PostMapping("/my/assignments/{id}/conflict-declaration")
	ResponseEntity<?> declare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ConflictDeclarationRequest request, Locale locale) {
		if (!request.conflict()) {
			declarations.declareNoConflict(id, user);
			return ResponseEntity.ok(myAssignment(user, id));
		}
		List<ReviewProblem> found = declarations.declareConflict(id, request.note(), user);
		if (!found.isEmpty()) {
			return unprocessable(found, locale);
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Save the expert's score as a draft, or submit it (\"submit\": true; then locked). Scores by "
			+ "criterion code, vetoes by veto item code as \"pass\" or \"fail\"; 422 with the problems by field")
	@PutMapping("/my/assignments/{id}/score")
	ResponseEntity<?> score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ScoreRequest request, Locale locale) {
		List<ReviewProblem> found = scoring.save(id, new ExpertScoring.ScoreInput(request.scores(),
				request.comments(), request.vetoes(), request.overallComment()), request.submit(), user);
		if (!found.isEmpty()) {
			return unprocessable(found, locale);
		}
		return ResponseEntity.ok(myAssignment(user, id));
	}

	private ResponseEntity<ProblemDetail> unprocessable(List<ReviewProblem> found, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setProperty("problems", problems.byField(found, locale));
		return ResponseEntity.unprocessableContent().body(problem);
	}
}
