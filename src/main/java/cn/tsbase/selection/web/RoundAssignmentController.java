package cn.tsbase.selection.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.selection.internal.AssignmentOutcome;
import cn.tsbase.selection.internal.ReviewProblem;
import cn.tsbase.selection.internal.RoundAssignment;
import cn.tsbase.selection.internal.RoundReading;
import cn.tsbase.selection.internal.RoundRelease;
import cn.tsbase.selection.internal.RoundView;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal officer assigns a round's experts automatically and by hand, releases the assignments to the
 * experts and reopens a submitted score.
 */
@Controller
@RequestMapping("/selection/rounds")
class RoundAssignmentController {

	private final RoundReading rounds;
	private final RoundAssignment assignment;
	private final RoundRelease releases;
	private final ProblemMessages problems;

	RoundAssignmentController(RoundReading rounds, RoundAssignment assignment, RoundRelease releases,
			ProblemMessages problems) {
		this.rounds = rounds;
		this.assignment = assignment;
		this.releases = releases;
		this.problems = problems;
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
		AssignmentOutcome outcome = assignment.assignAutomatically(id, user.getUsername());
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
		List<ReviewProblem> found = assignment.addPair(id, expertId, declarationId, user.getUsername());
		return problems.redirectBack(found, "assignment.added", "/selection/rounds/" + id + "/assignments", locale,
				redirect);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/remove")
	String removePair(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long assignmentId, RedirectAttributes redirect) {
		assignment.removePair(id, assignmentId, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "assignment.removed");
		return "redirect:/selection/rounds/" + id + "/assignments";
	}

	@PostMapping("/{id}/assignments/{assignmentId}/reopen")
	String reopenScore(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long assignmentId, RedirectAttributes redirect) {
		releases.reopenScore(id, assignmentId, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "score.reopened");
		return "redirect:/selection/rounds/" + id + "/assignments";
	}

	@PostMapping("/{id}/release")
	String release(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		List<ReviewProblem> found = releases.release(id, user.getUsername());
		return problems.redirectBack(found, "assignment.released", "/selection/rounds/" + id + "/assignments",
				locale, redirect);
	}
}
