package cn.tsbase.selection.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.selection.internal.AssignmentOutcome;
import cn.tsbase.selection.internal.Candidate;
import cn.tsbase.selection.internal.ConflictDismissals;
import cn.tsbase.selection.internal.Expert;
import cn.tsbase.selection.internal.ReviewProblem;
import cn.tsbase.selection.internal.ReviewRound;
import cn.tsbase.selection.internal.ReviewRoundService;
import cn.tsbase.selection.internal.RoundView;
import cn.tsbase.selection.internal.RubricService;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal officer runs the expert review (专家评审): opens a round, checks conflicts of interest (回避), assigns
 * experts automatically and by hand, releases the assignments, follows the scoring, reads the aggregation and the
 * rankings, records site visits (现场核查) and decides the proposed list (拟入选名单) with a confirmation step.
 */
@Controller
@RequestMapping("/selection/rounds")
class RoundController {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final ReviewRoundService rounds;
	private final RubricService rubrics;
	private final ProblemMessages problems;
	private final Clock clock;
	private final AuditLog audit;
	private final ConflictDismissals dismissals;

	RoundController(ReviewRoundService rounds, RubricService rubrics, ProblemMessages problems, Clock clock,
			AuditLog audit, ConflictDismissals dismissals) {
		this.audit = audit;
		this.dismissals = dismissals;
		this.rounds = rounds;
		this.rubrics = rubrics;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rounds", rounds.all());
		return "selection/rounds";
	}

	/** What the officer enters to open a round. Times are Beijing time. */
	record RoundForm(String name, Integer year, Long rubricId, List<Long> candidateIds, List<Long> expertIds,
			Integer expertsPerDeclaration, Integer maximumLoad,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
			BigDecimal divergenceThreshold) {

		ReviewRoundService.NewRound toNewRound() {
			return new ReviewRoundService.NewRound(year == null ? 0 : year, name, rubricId, candidateIds, expertIds,
					expertsPerDeclaration == null ? 0 : expertsPerDeclaration, maximumLoad == null ? 0 : maximumLoad,
					deadline == null ? null : deadline.atZone(BEIJING).toInstant(), divergenceThreshold);
		}
	}

	@GetMapping("/new")
	String showNew(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		List<Integer> years = rounds.candidateYears();
		int shown = year != null ? year : years.isEmpty() ? LocalDateTime.now(clock.withZone(BEIJING)).getYear()
				: years.get(0);
		List<Candidate> openable = rounds.openableCandidates(shown);
		LocalDateTime deadline = LocalDateTime.now(clock.withZone(BEIJING))
			.plusDays(14)
			.withHour(17)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		RoundForm form = new RoundForm(null, shown, rubrics.latest().getId(),
				openable.stream().map(Candidate::getId).toList(), List.of(),
				cn.tsbase.selection.internal.AssignmentProblem.DEFAULT_EXPERTS_PER_DECLARATION, 10, deadline,
				rounds.defaultThreshold());
		fillForm(form, years, model);
		return "selection/round-form";
	}

	private void fillForm(RoundForm form, List<Integer> years, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", java.util.Map.of());
		model.addAttribute("years", years);
		model.addAttribute("candidates", rounds.openableCandidates(form.year() == null ? 0 : form.year()));
		model.addAttribute("experts", rounds.availableExperts());
		model.addAttribute("rubrics", rubrics.versions());
	}

	@PostMapping
	String open(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RoundForm form, Model model,
			Locale locale, RedirectAttributes redirect) {
		ReviewRoundService.NewRound newRound = form.toNewRound();
		List<ReviewProblem> found = rounds.check(newRound);
		if (!found.isEmpty()) {
			fillForm(form, rounds.candidateYears(), model);
			model.addAttribute("errors", problems.byField(found, locale));
			return "selection/round-form";
		}
		ReviewRound round = rounds.open(newRound, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "round.opened");
		return "redirect:/selection/rounds/" + round.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		RoundView view = rounds.view(id);
		model.addAttribute("view", view);
		model.addAttribute("round", view.round());
		model.addAttribute("deadline", LocalDateTime.ofInstant(view.round().getDeadline(), BEIJING));
		List<Expert> invitable = rounds.availableExperts()
			.stream()
			.filter(e -> !view.round().getExpertIds().contains(e.getId()))
			.toList();
		model.addAttribute("invitable", invitable);
		model.addAttribute("dismissals", dismissals.ofRound(id));
		model.addAttribute("dismissedConflicts", dismissals.covering(id, view.conflicts()));
		return "selection/round";
	}

	@PostMapping("/{id}/settings")
	String changeSettings(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam long version, @RequestParam(defaultValue = "0") int expertsPerDeclaration,
			@RequestParam(defaultValue = "0") int maximumLoad,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
			@RequestParam(required = false) BigDecimal divergenceThreshold, Locale locale,
			RedirectAttributes redirect) {
		Instant due = deadline == null ? null : deadline.atZone(BEIJING).toInstant();
		List<ReviewProblem> found = rounds.changeSettings(id, version, expertsPerDeclaration, maximumLoad, due,
				divergenceThreshold, user.getUsername());
		return back(found, "round.settingsSaved", "/selection/rounds/" + id, locale, redirect);
	}

	@PostMapping("/{id}/experts")
	String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) List<Long> expertIds, RedirectAttributes redirect) {
		rounds.invite(id, expertIds == null ? List.of() : expertIds, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "round.expertsInvited");
		return "redirect:/selection/rounds/" + id;
	}

	@PostMapping("/{id}/conflicts")
	String detectConflicts(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		rounds.detectConflicts(id, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "conflicts.detected");
		return "redirect:/selection/rounds/" + id + "#conflicts";
	}

	/** Dismisses a detected conflict with the officer's reason; a conflict the expert declared stays. */
	@PostMapping("/{id}/conflicts/{conflictId}/dismiss")
	String dismissConflict(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long conflictId, @RequestParam(required = false) String justification,
			RedirectAttributes redirect) {
		dismissals.dismiss(id, conflictId, justification, user.getUsername())
			.ifPresentOrElse(problem -> redirect.addFlashAttribute("flashError", problem),
					() -> redirect.addFlashAttribute("flashSuccess", "conflicts.dismissed"));
		return "redirect:/selection/rounds/" + id + "#conflicts";
	}

	@GetMapping("/{id}/assignments")
	String assignments(@PathVariable long id, Model model) {
		RoundView view = rounds.view(id);
		model.addAttribute("view", view);
		model.addAttribute("round", view.round());
		return "selection/round-assignments";
	}

	@PostMapping("/{id}/assignments/auto")
	String assignAutomatically(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			Locale locale, RedirectAttributes redirect) {
		AssignmentOutcome outcome = rounds.assignAutomatically(id, user.getUsername());
		if (outcome instanceof AssignmentOutcome.Infeasible infeasible) {
			RoundView view = rounds.view(id);
			model.addAttribute("view", view);
			model.addAttribute("round", view.round());
			model.addAttribute("infeasibilities", problems.infeasibilities(infeasible, view, locale));
			return "selection/round-assignments";
		}
		redirect.addFlashAttribute("flashSuccess", "assignment.assigned");
		return "redirect:/selection/rounds/" + id + "/assignments";
	}

	@PostMapping("/{id}/assignments")
	String addPair(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long expertId,
			@RequestParam long declarationId, Locale locale, RedirectAttributes redirect) {
		List<ReviewProblem> found = rounds.addPair(id, expertId, declarationId, user.getUsername());
		return back(found, "assignment.added", "/selection/rounds/" + id + "/assignments", locale, redirect);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/remove")
	String removePair(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long assignmentId, RedirectAttributes redirect) {
		rounds.removePair(id, assignmentId, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "assignment.removed");
		return "redirect:/selection/rounds/" + id + "/assignments";
	}

	@PostMapping("/{id}/assignments/{assignmentId}/reopen")
	String reopenScore(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long assignmentId, RedirectAttributes redirect) {
		rounds.reopenScore(id, assignmentId, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "score.reopened");
		return "redirect:/selection/rounds/" + id + "/assignments";
	}

	@PostMapping("/{id}/release")
	String release(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		List<ReviewProblem> found = rounds.release(id, user.getUsername());
		return back(found, "assignment.released", "/selection/rounds/" + id + "/assignments", locale, redirect);
	}

	private String back(List<ReviewProblem> found, String success, String path, Locale locale,
			RedirectAttributes redirect) {
		if (found.isEmpty()) {
			redirect.addFlashAttribute("flashSuccess", success);
		}
		else {
			redirect.addFlashAttribute("problems", problems.texts(found, locale));
		}
		return "redirect:" + path;
	}

	@GetMapping("/{id}/results")
	String results(@PathVariable long id, Model model) {
		ReviewRoundService.Results results = rounds.results(id);
		audit.record("EXPERT_SCORES_VIEWED", "ReviewRound", id, AuditOutcome.SUCCESS, null);
		model.addAttribute("results", results);
		model.addAttribute("view", results.view());
		model.addAttribute("round", results.view().round());
		return "selection/round-results";
	}

	@PostMapping("/{id}/candidates/{candidateId}/site-visit")
	String recordSiteVisit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long candidateId, @RequestParam(defaultValue = "") String note, Locale locale,
			RedirectAttributes redirect) {
		if (note.length() > 2000) {
			return back(List.of(ReviewProblem.of("siteVisit.tooLong", 2000)), null, "/selection/rounds/" + id
					+ "/results", locale, redirect);
		}
		rounds.recordSiteVisit(id, candidateId, note, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "siteVisit.recorded");
		return "redirect:/selection/rounds/" + id + "/results#candidate-" + candidateId;
	}

	@GetMapping("/{id}/decision")
	String showDecision(@PathVariable long id, @RequestParam(required = false) Integer points,
			@RequestParam(required = false) Integer zones,
			@RequestParam(defaultValue = "RAW") ReviewRoundService.Basis basis, Model model) {
		ReviewRoundService.Results results = rounds.results(id);
		audit.record("EXPERT_SCORES_VIEWED", "ReviewRound", id, AuditOutcome.SUCCESS, null);
		Set<Long> picks = points == null && zones == null ? Set.of()
				: ReviewRoundService.cutOff(results, points == null ? 0 : points, zones == null ? 0 : zones, basis);
		fillDecision(results, picks, model);
		model.addAttribute("points", points);
		model.addAttribute("zones", zones);
		model.addAttribute("basis", basis);
		return "selection/round-decision";
	}

	private void fillDecision(ReviewRoundService.Results results, Set<Long> picks, Model model) {
		model.addAttribute("results", results);
		model.addAttribute("view", results.view());
		model.addAttribute("round", results.view().round());
		model.addAttribute("picks", picks);
	}

	@PostMapping("/{id}/decision/preview")
	String previewDecision(@PathVariable long id, @RequestParam(required = false) List<Long> picks, Model model,
			Locale locale) {
		ReviewRoundService.Results results = rounds.results(id);
		Set<Long> picked = picks == null ? Set.of() : new LinkedHashSet<>(picks);
		fillDecision(results, picked, model);
		List<ReviewProblem> found = rounds.checkDecision(results, picked);
		if (!found.isEmpty()) {
			model.addAttribute("problems", problems.texts(found, locale));
			model.addAttribute("basis", ReviewRoundService.Basis.RAW);
			return "selection/round-decision";
		}
		return "selection/round-decision-confirm";
	}

	@PostMapping("/{id}/decision")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) List<Long> picks, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, Locale locale, RedirectAttributes redirect) {
		Set<Long> picked = picks == null ? Set.of() : new LinkedHashSet<>(picks);
		if (!confirmed) {
			ReviewRoundService.Results results = rounds.results(id);
			fillDecision(results, picked, model);
			model.addAttribute("confirmError", "decision.confirmRequired");
			return "selection/round-decision-confirm";
		}
		List<ReviewProblem> found = rounds.decide(id, version, picked, user.getUsername());
		if (!found.isEmpty()) {
			ReviewRoundService.Results results = rounds.results(id);
			fillDecision(results, picked, model);
			model.addAttribute("problems", problems.texts(found, locale));
			model.addAttribute("basis", ReviewRoundService.Basis.RAW);
			return "selection/round-decision";
		}
		redirect.addFlashAttribute("flashSuccess", "decision.decided");
		return "redirect:/selection/rounds/" + id + "/decision";
	}
}
