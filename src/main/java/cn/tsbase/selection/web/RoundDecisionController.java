package cn.tsbase.selection.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.selection.internal.ReviewProblem;
import cn.tsbase.selection.internal.RoundDecision;
import cn.tsbase.selection.internal.RoundReading;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal officer reads a round's aggregation and rankings, records site visits (现场核查) and decides the
 * proposed list (拟入选名单) with a confirmation step.
 */
@Controller
@RequestMapping("/selection/rounds")
class RoundDecisionController {

	private final RoundReading rounds;
	private final RoundDecision decision;
	private final ProblemMessages problems;
	private final AuditLog audit;

	RoundDecisionController(RoundReading rounds, RoundDecision decision, ProblemMessages problems, AuditLog audit) {
		this.rounds = rounds;
		this.decision = decision;
		this.problems = problems;
		this.audit = audit;
	}

	@GetMapping("/{id}/results")
	String results(@PathVariable long id, Model model) {
		RoundReading.Results results = rounds.results(id);
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
			return problems.redirectBack(List.of(ReviewProblem.of("siteVisit.tooLong", 2000)), null,
					"/selection/rounds/" + id + "/results", locale, redirect);
		}
		decision.recordSiteVisit(id, candidateId, note, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "siteVisit.recorded");
		return "redirect:/selection/rounds/" + id + "/results#candidate-" + candidateId;
	}

	@GetMapping("/{id}/decision")
	String showDecision(@PathVariable long id, @RequestParam(required = false) Integer points,
			@RequestParam(required = false) Integer zones,
			@RequestParam(defaultValue = "RAW") RoundDecision.Basis basis, Model model) {
		RoundReading.Results results = rounds.results(id);
		audit.record("EXPERT_SCORES_VIEWED", "ReviewRound", id, AuditOutcome.SUCCESS, null);
		Set<Long> picks = points == null && zones == null ? Set.of()
				: RoundDecision.cutOff(results, points == null ? 0 : points, zones == null ? 0 : zones, basis);
		fillDecision(results, picks, model);
		model.addAttribute("points", points);
		model.addAttribute("zones", zones);
		model.addAttribute("basis", basis);
		return "selection/round-decision";
	}

	private void fillDecision(RoundReading.Results results, Set<Long> picks, Model model) {
		model.addAttribute("results", results);
		model.addAttribute("view", results.view());
		model.addAttribute("round", results.view().round());
		model.addAttribute("picks", picks);
	}

	@PostMapping("/{id}/decision/preview")
	String previewDecision(@PathVariable long id, @RequestParam(required = false) List<Long> picks, Model model,
			Locale locale) {
		RoundReading.Results results = rounds.results(id);
		Set<Long> picked = picks == null ? Set.of() : new LinkedHashSet<>(picks);
		fillDecision(results, picked, model);
		List<ReviewProblem> found = decision.checkDecision(results, picked);
		if (!found.isEmpty()) {
			model.addAttribute("problems", problems.texts(found, locale));
			model.addAttribute("basis", RoundDecision.Basis.RAW);
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
			RoundReading.Results results = rounds.results(id);
			fillDecision(results, picked, model);
			model.addAttribute("confirmError", "decision.confirmRequired");
			return "selection/round-decision-confirm";
		}
		List<ReviewProblem> found = decision.decide(id, version, picked, user.getUsername());
		if (!found.isEmpty()) {
			RoundReading.Results results = rounds.results(id);
			fillDecision(results, picked, model);
			model.addAttribute("problems", problems.texts(found, locale));
			model.addAttribute("basis", RoundDecision.Basis.RAW);
			return "selection/round-decision";
		}
		redirect.addFlashAttribute("flashSuccess", "decision.decided");
		return "redirect:/selection/rounds/" + id + "/decision";
	}
}
