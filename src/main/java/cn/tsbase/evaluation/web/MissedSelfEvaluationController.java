package cn.tsbase.evaluation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.evaluation.internal.MissedSelfEvaluationRule;
import cn.tsbase.evaluation.internal.MissedSelfEvaluations;

/** The municipal bureau sets, per round, what happens to a base that misses the self-evaluation deadline. */
@Controller
class MissedSelfEvaluationController {

	private final MissedSelfEvaluations missed;

	MissedSelfEvaluationController(MissedSelfEvaluations missed) {
		this.missed = missed;
	}

	@PostMapping("/evaluation/rounds/{id}/missed-self-rule")
	String setRule(@PathVariable long id, @RequestParam long version, @RequestParam MissedSelfEvaluationRule rule,
			RedirectAttributes redirect) {
		missed.setRule(id, version, rule);
		redirect.addFlashAttribute("flashSuccess", "evaluation.missedSelf.saved");
		return "redirect:/evaluation/rounds/" + id + "#missedSelfRule";
	}
}
