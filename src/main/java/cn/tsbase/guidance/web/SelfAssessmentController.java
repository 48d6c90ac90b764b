package cn.tsbase.guidance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.guidance.internal.AssessmentScoring;
import cn.tsbase.guidance.internal.AssessmentView;
import cn.tsbase.guidance.internal.QuestionnaireView;
import cn.tsbase.guidance.internal.Questionnaires;
import cn.tsbase.guidance.internal.SelfAssessments;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The self-assessment pages: the unit answers the questionnaire, reads its profile and earlier years and shares a
 * result with its district; the district officer reads the shared results and adds a unit to the cultivation pool.
 */
@Controller
class SelfAssessmentController {

	private static final int MAX_REASON = 1000;

	private final SelfAssessments assessments;
	private final Questionnaires questionnaires;

	SelfAssessmentController(SelfAssessments assessments, Questionnaires questionnaires) {
		this.assessments = assessments;
		this.questionnaires = questionnaires;
	}

	@GetMapping("/guidance/self-assessments")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			Model model) {
		if (user.hasRole(Role.DISTRICT_OFFICER)) {
			Page<AssessmentView> shared = assessments.shared(user, Paging.of(page, Paging.DEFAULT_SIZE, null,
					Set.of(), Sort.by(Sort.Direction.DESC, "sharedAt").and(Sort.by(Sort.Direction.DESC, "id"))));
			model.addAttribute("shared", shared);
			model.addAttribute("links", PageLinks.of(shared, "/guidance/self-assessments",
					new LinkedMultiValueMap<>()));
			return "guidance/assessments-shared";
		}
		List<AssessmentView> mine = assessments.mine(user);
		model.addAttribute("results", mine);
		model.addAttribute("comparison", Comparison.of(mine));
		return "guidance/assessments";
	}

	@GetMapping("/guidance/self-assessments/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("questionnaire", questionnaires.current());
		if (!model.containsAttribute("answers")) {
			model.addAttribute("answers", Map.of());
			model.addAttribute("missing", List.of());
		}
		return "guidance/assessment-new";
	}

	@PostMapping("/guidance/self-assessments")
	String submit(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> parameters,
			Model model, RedirectAttributes redirect) {
		long questionnaireId = number(parameters.get("questionnaireId"));
		Map<Long, Long> answers = new HashMap<>();
		parameters.forEach((name, value) -> {
			if (name.matches("q[0-9]{1,18}") && value.matches("[0-9]{1,18}")) {
				answers.put(Long.parseLong(name.substring(1)), Long.parseLong(value));
			}
		});
		QuestionnaireView current = questionnaires.current();
		List<Integer> missing = current.id() == questionnaireId ? AssessmentScoring.unanswered(current, answers)
				: List.of();
		if (!missing.isEmpty()) {
			model.addAttribute("answers", answers);
			model.addAttribute("missing", missing);
			model.addAttribute("missingText", AssessmentScoring.positions(missing));
			return form(user, model);
		}
		long id = assessments.submit(questionnaireId, answers, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.assessment.submitted");
		return "redirect:/guidance/self-assessments/" + id;
	}

	@GetMapping("/guidance/self-assessments/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		AssessmentView result = assessments.find(id, user);
		List<AssessmentView> history = assessments.history(id, user);
		model.addAttribute("result", result);
		model.addAttribute("comparison", Comparison.of(history));
		model.addAttribute("inPool", assessments.inPool(result, user));
		return "guidance/assessment";
	}

	@PostMapping("/guidance/self-assessments/{id}/share")
	String share(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		assessments.share(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.assessment.shared");
		return "redirect:/guidance/self-assessments/" + id;
	}

	@PostMapping("/guidance/self-assessments/{id}/unshare")
	String unshare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		assessments.unshare(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.assessment.unshared");
		return "redirect:/guidance/self-assessments/" + id;
	}

	@PostMapping("/guidance/self-assessments/{id}/pool")
	String addToPool(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
			throw new InvalidRequestException("guidance.assessment.pool.reason");
		}
		assessments.addToPool(id, reason, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.assessment.pooled");
		return "redirect:/guidance/self-assessments/" + id;
	}

	private static long number(String value) {
		if (value == null || !value.matches("[0-9]{1,18}")) {
			throw new InvalidRequestException("guidance.assessment.questionnaire.invalid");
		}
		return Long.parseLong(value);
	}
}
