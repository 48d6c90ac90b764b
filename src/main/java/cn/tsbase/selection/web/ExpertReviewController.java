package cn.tsbase.selection.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.selection.internal.ConflictDeclarations;
import cn.tsbase.selection.internal.ExpertAssignments;
import cn.tsbase.selection.internal.ExpertScoring;
import cn.tsbase.selection.internal.ReviewProblem;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The expert's review work (评审任务): their released assignments; for each, first the conflict-of-interest
 * declaration (回避声明), then the declaration read-only beside the scoring form. Everything is scoped to the expert's
 * own released assignments; any other id is "not found".
 */
@Controller
@RequestMapping("/selection/reviews")
class ExpertReviewController {

	private final ExpertAssignments reviews;
	private final ConflictDeclarations declarations;
	private final ExpertScoring scoring;
	private final ProblemMessages problems;

	ExpertReviewController(ExpertAssignments reviews, ConflictDeclarations declarations, ExpertScoring scoring,
			ProblemMessages problems) {
		this.reviews = reviews;
		this.declarations = declarations;
		this.scoring = scoring;
		this.problems = problems;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("assignments", reviews.assignments(user));
		return "selection/reviews";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ExpertAssignments.MyReview review = reviews.review(id, user);
		model.addAttribute("review", review);
		if (!model.containsAttribute("input")) {
			model.addAttribute("input", ExpertScoring.ScoreInput.of(review.score()));
		}
		return "selection/review";
	}

	@PostMapping("/{id}/conflict-declaration")
	String declare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String answer,
			@RequestParam(defaultValue = "") String note, Model model, Locale locale, RedirectAttributes redirect) {
		if ("none".equals(answer)) {
			declarations.declareNoConflict(id, user);
			redirect.addFlashAttribute("flashSuccess", "review.conflict.noneRecorded");
			return "redirect:/selection/reviews/" + id;
		}
		if (!"conflict".equals(answer)) {
			redirect.addFlashAttribute("problems", List.of(problems.text(ReviewProblem.of("review.conflict.answer"),
					locale)));
			return "redirect:/selection/reviews/" + id;
		}
		List<ReviewProblem> found = declarations.declareConflict(id, note, user);
		if (!found.isEmpty()) {
			show(user, id, model);
			model.addAttribute("conflictErrors", problems.byField(found, locale));
			model.addAttribute("note", note);
			return "selection/review";
		}
		redirect.addFlashAttribute("flashSuccess", "review.conflict.declared");
		return "redirect:/selection/reviews";
	}

	@PostMapping("/{id}/score")
	String score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "save") String action, @RequestParam Map<String, String> parameters,
			Model model, Locale locale, RedirectAttributes redirect) {
		ExpertScoring.ScoreInput input = input(parameters);
		boolean submit = "submit".equals(action);
		List<ReviewProblem> found = scoring.save(id, input, submit, user);
		if (!found.isEmpty()) {
			model.addAttribute("input", input);
			model.addAttribute("errors", problems.byField(found, locale));
			show(user, id, model);
			return "selection/review";
		}
		redirect.addFlashAttribute("flashSuccess", submit ? "score.submitted" : "score.saved");
		return "redirect:/selection/reviews/" + id;
	}

	/** The form's fields: score.CODE, comment.CODE, veto.CODE and overallComment; nothing else is read. */
	static ExpertScoring.ScoreInput input(Map<String, String> parameters) {
		Map<String, String> scores = new HashMap<>();
		Map<String, String> comments = new HashMap<>();
		Map<String, String> vetoes = new HashMap<>();
		parameters.forEach((name, value) -> {
			if (value == null || value.isBlank()) {
				return;
			}
			if (name.startsWith("score.")) {
				scores.put(name.substring(6), value);
			}
			else if (name.startsWith("comment.")) {
				comments.put(name.substring(8), value);
			}
			else if (name.startsWith("veto.")) {
				vetoes.put(name.substring(5), value);
			}
		});
		return new ExpertScoring.ScoreInput(scores, comments, vetoes, parameters.get("overallComment"));
	}
}
