package cn.tsbase.selection.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

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

import cn.tsbase.selection.CandidateView;
import cn.tsbase.selection.ExpertView;
import cn.tsbase.selection.ReviewRoundView;
import cn.tsbase.selection.internal.ConflictDismissals;
import cn.tsbase.selection.internal.ReviewProblem;
import cn.tsbase.selection.internal.RoundConflicts;
import cn.tsbase.selection.internal.RoundOpening;
import cn.tsbase.selection.internal.RoundReading;
import cn.tsbase.selection.internal.RoundSettings;
import cn.tsbase.selection.internal.RoundView;
import cn.tsbase.selection.internal.RubricService;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal officer runs the expert review (专家评审): opens a round, changes its settings, invites experts and
 * checks conflicts of interest (回避). The assignments are {@link RoundAssignmentController}'s, the results and the
 * decision {@link RoundDecisionController}'s.
 */
@Controller
@RequestMapping("/selection/rounds")
class RoundController {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final RoundReading rounds;
	private final RoundOpening opening;
	private final RoundSettings settings;
	private final RoundConflicts conflicts;
	private final RubricService rubrics;
	private final ProblemMessages problems;
	private final Clock clock;
	private final ConflictDismissals dismissals;

	RoundController(RoundReading rounds, RoundOpening opening, RoundSettings settings, RoundConflicts conflicts,
			RubricService rubrics, ProblemMessages problems, Clock clock, ConflictDismissals dismissals) {
		this.dismissals = dismissals;
		this.rounds = rounds;
		this.opening = opening;
		this.settings = settings;
		this.conflicts = conflicts;
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

		RoundOpening.NewRound toNewRound() {
			return new RoundOpening.NewRound(year == null ? 0 : year, name, rubricId, candidateIds, expertIds,
					expertsPerDeclaration == null ? 0 : expertsPerDeclaration, maximumLoad == null ? 0 : maximumLoad,
					deadline == null ? null : deadline.atZone(BEIJING).toInstant(), divergenceThreshold);
		}
	}

	@GetMapping("/new")
	String showNew(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		List<Integer> years = opening.candidateYears();
		int shown = year != null ? year : years.isEmpty() ? LocalDateTime.now(clock.withZone(BEIJING)).getYear()
				: years.get(0);
		List<CandidateView> openable = opening.openableCandidates(shown);
		LocalDateTime deadline = LocalDateTime.now(clock.withZone(BEIJING))
			.plusDays(14)
			.withHour(17)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		RoundForm form = new RoundForm(null, shown, rubrics.latest().id(),
				openable.stream().map(CandidateView::id).toList(), List.of(),
				cn.tsbase.selection.internal.AssignmentProblem.DEFAULT_EXPERTS_PER_DECLARATION, 10, deadline,
				opening.defaultThreshold());
		fillForm(form, years, model);
		return "selection/round-form";
	}

	private void fillForm(RoundForm form, List<Integer> years, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", java.util.Map.of());
		model.addAttribute("years", years);
		model.addAttribute("candidates", opening.openableCandidates(form.year() == null ? 0 : form.year()));
		model.addAttribute("experts", opening.availableExperts());
		model.addAttribute("rubrics", rubrics.versions());
	}

	@PostMapping
	String open(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RoundForm form, Model model,
			Locale locale, RedirectAttributes redirect) {
		RoundOpening.NewRound newRound = form.toNewRound();
		List<ReviewProblem> found = opening.check(newRound);
		if (!found.isEmpty()) {
			fillForm(form, opening.candidateYears(), model);
			model.addAttribute("errors", problems.byField(found, locale));
			return "selection/round-form";
		}
		ReviewRoundView round = opening.open(newRound, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "round.opened");
		return "redirect:/selection/rounds/" + round.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		RoundView view = rounds.view(id);
		model.addAttribute("view", view);
		model.addAttribute("round", view.round());
		model.addAttribute("deadline", LocalDateTime.ofInstant(view.round().deadline(), BEIJING));
		List<ExpertView> invitable = opening.availableExperts()
			.stream()
			.filter(e -> !view.round().expertIds().contains(e.id()))
			.toList();
		model.addAttribute("invitable", invitable);
		model.addAttribute("dismissals", dismissals.ofRound(id));
		model.addAttribute("dismissedConflicts", dismissals.covering(id, view.conflicts()));
		return "selection/round";
	}

	@PostMapping("/{id}/settings")
	String changeSettings(@PathVariable long id,
			@RequestParam long version, @RequestParam(defaultValue = "0") int expertsPerDeclaration,
			@RequestParam(defaultValue = "0") int maximumLoad,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
			@RequestParam(required = false) BigDecimal divergenceThreshold, Locale locale,
			RedirectAttributes redirect) {
		Instant due = deadline == null ? null : deadline.atZone(BEIJING).toInstant();
		List<ReviewProblem> found = settings.changeSettings(id, version, expertsPerDeclaration, maximumLoad, due,
				divergenceThreshold);
		return problems.redirectBack(found, "round.settingsSaved", "/selection/rounds/" + id, locale, redirect);
	}

	@PostMapping("/{id}/experts")
	String invite(@PathVariable long id,
			@RequestParam(required = false) List<Long> expertIds, RedirectAttributes redirect) {
		settings.invite(id, expertIds == null ? List.of() : expertIds);
		redirect.addFlashAttribute("flashSuccess", "round.expertsInvited");
		return "redirect:/selection/rounds/" + id;
	}

	@PostMapping("/{id}/conflicts")
	String detectConflicts(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		conflicts.detectConflicts(id, user.getUsername());
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
}
