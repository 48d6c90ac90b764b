package cn.tsbase.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.evaluation.internal.CoReviews;
import cn.tsbase.evaluation.internal.EvaluationHistory;
import cn.tsbase.evaluation.internal.EvaluationSheet;
import cn.tsbase.evaluation.internal.EvaluationView;
import cn.tsbase.evaluation.internal.Evaluations;
import cn.tsbase.evaluation.internal.IndicatorEvidence;
import cn.tsbase.evaluation.internal.SelfAndDistrictInputs;
import cn.tsbase.evaluation.internal.SystemView;
import cn.tsbase.evaluation.web.EvaluationForms.AdjustForm;
import cn.tsbase.evaluation.web.EvaluationForms.SiteCheckForm;
import cn.tsbase.evaluation.web.EvaluationForms.SupplementForm;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * One base's evaluation: the unit's self-evaluation form and submission, the district's scores, supplement request and
 * proposal, the municipal bureau's site check and adjustment; the unit sees the district's scores and comments once
 * the results are published.
 */
@Controller
class EvaluationController {

	private static final int MAX_TEXT = 1500;

	private final Evaluations evaluations;
	private final EvaluationHistory history;
	private final CoReviews coReviews;
	private final IndicatorEvidence evidence;

	EvaluationController(Evaluations evaluations, EvaluationHistory history, CoReviews coReviews,
			IndicatorEvidence evidence) {
		this.evaluations = evaluations;
		this.history = history;
		this.coReviews = coReviews;
		this.evidence = evidence;
	}

	@GetMapping("/evaluation/evaluations")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		Page<EvaluationView> found = evaluations.list(new Evaluations.Filter(null, null, null, null), user,
				Paging.of(page, Paging.DEFAULT_SIZE, null, java.util.Set.of(),
						Sort.by(Sort.Direction.DESC, "roundId").and(Sort.by("unitName")).and(Sort.by("id"))));
		model.addAttribute("evaluations", found);
		model.addAttribute("links", PageLinks.of(found, "/evaluation/evaluations", new LinkedMultiValueMap<>()));
		return "evaluation/evaluations";
	}

	@GetMapping("/evaluation/evaluations/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		EvaluationView evaluation = evaluations.find(id, user);
		SystemView system = evaluations.system(evaluation);
		boolean unit = user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("system", system);
		model.addAttribute("figures", evaluations.figures(evaluation, system.content(), user));
		model.addAttribute("history", history.ofBase(evaluation.baseId(), user));
		model.addAttribute("coReviews", coReviews.of(id, user));
		model.addAttribute("evidence", evidence.of(id, user));
		model.addAttribute("coReviewing", user.hasRole(Role.IP_OFFICER)
				&& evaluation.status() == cn.tsbase.evaluation.internal.EvaluationStatus.SUBMITTED);
		// units see the district's scores and comments once the results are published
		model.addAttribute("showScores", !unit || evaluation.isPublished());
		model.addAttribute("isUnit", unit);
		model.addAttribute("unitEditing", unit && evaluation.isUnitEditable());
		model.addAttribute("districtScoring", user.hasRole(Role.DISTRICT_OFFICER)
				&& evaluation.status() == cn.tsbase.evaluation.internal.EvaluationStatus.SUBMITTED);
		if (!model.containsAttribute("supplement")) {
			model.addAttribute("supplement", new SupplementForm("", Evaluations.DEFAULT_SUPPLEMENT_DAYS,
					evaluation.version()));
		}
		if (!model.containsAttribute("siteCheck")) {
			model.addAttribute("siteCheck", new SiteCheckForm(evaluation.siteCheckedOn(),
					evaluation.siteCheckFindings(), evaluation.version()));
		}
		if (!model.containsAttribute("adjust")) {
			model.addAttribute("adjust", new AdjustForm("", null, false, "", evaluation.version()));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
		}
		return "evaluation/evaluation";
	}

	@PostMapping("/evaluation/evaluations/{id}/self")
	String writeSelf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		EvaluationView evaluation = evaluations.find(id, user);
		IndicatorModel content = evaluations.system(evaluation).content();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, SelfAndDistrictInputs.Self> inputs = new LinkedHashMap<>();
		for (IndicatorModel.Indicator indicator : content.indicators()) {
			String text = trim(params.getFirst("text_" + indicator.code()));
			BigDecimal score = indicator.veto() ? null
					: score(params.getFirst("score_" + indicator.code()), indicator, errors);
			String figureComment = indicator.dataSource() == null ? null
					: trim(params.getFirst("figureNote_" + indicator.code()));
			if (text != null && text.length() > MAX_TEXT
					|| figureComment != null && figureComment.length() > MAX_TEXT) {
				errors.put(indicator.code(), "evaluation.textTooLong");
			}
			inputs.put(indicator.code(), new SelfAndDistrictInputs.Self(text, score, figureComment));
		}
		if (!errors.isEmpty()) {
			return invalid(user, id, params, errors, model);
		}
		evaluations.writeSelf(id, version, inputs, user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.self.saved");
		return "redirect:/evaluation/evaluations/" + id;
	}

	@PostMapping("/evaluation/evaluations/{id}/self/submit")
	String submitSelf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		evaluations.submitSelf(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.self.submitted");
		return "redirect:/evaluation/evaluations/" + id;
	}

	@PostMapping("/evaluation/evaluations/{id}/scores")
	String score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		EvaluationView evaluation = evaluations.find(id, user);
		IndicatorModel content = evaluations.system(evaluation).content();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, SelfAndDistrictInputs.District> inputs = new LinkedHashMap<>();
		for (IndicatorModel.Indicator indicator : content.indicators()) {
			String comment = trim(params.getFirst("comment_" + indicator.code()));
			BigDecimal score = indicator.veto() ? BigDecimal.ZERO
					: score(params.getFirst("score_" + indicator.code()), indicator, errors);
			if (comment != null && comment.length() > MAX_TEXT) {
				errors.put(indicator.code(), "evaluation.textTooLong");
			}
			inputs.put(indicator.code(), new SelfAndDistrictInputs.District(score, comment,
					"true".equals(params.getFirst("veto_" + indicator.code()))));
		}
		if (!errors.isEmpty()) {
			return invalid(user, id, params, errors, model);
		}
		evaluations.score(id, version, inputs, user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.scores.saved");
		return "redirect:/evaluation/evaluations/" + id;
	}

	@PostMapping("/evaluation/evaluations/{id}/supplement")
	String requestSupplement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("supplement") SupplementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		evaluations.requestSupplement(id, form.version(), form.reason().strip(), form.workingDays(), user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.supplement.requested");
		return "redirect:/evaluation/evaluations/" + id;
	}

	@PostMapping("/evaluation/evaluations/{id}/propose")
	String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		evaluations.propose(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.proposed");
		return "redirect:/evaluation/evaluations/" + id;
	}

	@PostMapping("/evaluation/evaluations/{id}/site-check")
	String recordSiteCheck(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("siteCheck") SiteCheckForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		evaluations.recordSiteCheck(id, form.version(), form.checkedOn(), form.findings().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.siteCheck.saved");
		return "redirect:/evaluation/evaluations/" + id;
	}

	@PostMapping("/evaluation/evaluations/{id}/adjust")
	String adjust(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("adjust") AdjustForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			EvaluationView evaluation = evaluations.find(id, user);
			IndicatorModel.Indicator indicator = evaluations.system(evaluation)
				.content()
				.indicator(form.code())
				.orElse(null);
			if (indicator == null) {
				result.rejectValue("code", "evaluation.indicatorUnknown");
			}
			else if (form.score().compareTo(indicator.points()) > 0) {
				result.rejectValue("score", "evaluation.adjust.scoreTooHigh", new Object[] { indicator.points() },
						null);
			}
		}
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		evaluations.adjust(id, form.version(), form.code(), form.score(), Boolean.TRUE.equals(form.vetoFailed()), form.reason().strip(),
				user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.adjusted");
		return "redirect:/evaluation/evaluations/" + id;
	}

	private String invalid(CurrentUser user, long id, MultiValueMap<String, String> params, Map<String, String> errors,
			Model model) {
		model.addAttribute("errors", errors);
		model.addAttribute("values", params.toSingleValueMap());
		model.addAttribute("flashError", "evaluation.formInvalid");
		return show(user, id, model);
	}

	private static BigDecimal score(String raw, IndicatorModel.Indicator indicator, Map<String, String> errors) {
		String text = trim(raw);
		if (text == null) {
			return null;
		}
		try {
			BigDecimal score = new BigDecimal(text);
			if (score.signum() < 0 || score.compareTo(indicator.points()) > 0 || score.scale() > 1) {
				errors.put(indicator.code(), "evaluation.scoreOutOfRange");
				return null;
			}
			return score;
		}
		catch (NumberFormatException notANumber) {
			errors.put(indicator.code(), "evaluation.scoreNotANumber");
			return null;
		}
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static Map<String, EvaluationSheet.Entry> entries(EvaluationView evaluation) {
		return evaluation.sheet().entries();
	}
}
