package cn.tsbase.evaluation.web;


import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.EvaluationNotices;
import cn.tsbase.evaluation.internal.EvaluationRounds;
import cn.tsbase.evaluation.internal.EvaluationStatus;
import cn.tsbase.evaluation.internal.EvaluationView;
import cn.tsbase.evaluation.internal.Evaluations;
import cn.tsbase.evaluation.internal.IndicatorSystems;
import cn.tsbase.evaluation.internal.RoundView;
import cn.tsbase.evaluation.web.EvaluationForms.PublishForm;
import cn.tsbase.evaluation.web.EvaluationForms.RoundForm;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Downloads;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * Evaluation rounds: the list, the municipal bureau's opening form, a round's evaluations in the caller's scope with
 * filters, the cap and publication, and the official notice as PDF.
 */
@Controller
class EvaluationRoundController {

	private final EvaluationRounds rounds;
	private final Evaluations evaluations;
	private final IndicatorSystems systems;
	private final EvaluationNotices notices;

	EvaluationRoundController(EvaluationRounds rounds, Evaluations evaluations, IndicatorSystems systems,
			EvaluationNotices notices) {
		this.rounds = rounds;
		this.evaluations = evaluations;
		this.systems = systems;
		this.notices = notices;
	}

	@GetMapping("/evaluation/rounds")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		Page<RoundView> found = rounds.list(user,
				Paging.of(page, Paging.DEFAULT_SIZE, null, java.util.Set.of(), Sort.by(Sort.Direction.DESC, "year")));
		model.addAttribute("rounds", found);
		model.addAttribute("links", PageLinks.of(found, "/evaluation/rounds", new LinkedMultiValueMap<>()));
		int year = rounds.currentYear();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RoundForm(year, null, null, null, null, null));
		}
		model.addAttribute("pointSystems", systems.ofYear(formYear(model, year), BaseType.POINT));
		model.addAttribute("zoneSystems", systems.ofYear(formYear(model, year), BaseType.ZONE));
		return "evaluation/rounds";
	}

	private static int formYear(Model model, int fallback) {
		Object form = model.getAttribute("form");
		return form instanceof RoundForm f && f.year() != null ? f.year() : fallback;
	}

	@PostMapping("/evaluation/rounds")
	String open(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") RoundForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && form.districtDeadline().isBefore(form.selfDeadline())) {
			result.rejectValue("districtDeadline", "evaluation.round.deadlinesOrder");
		}
		if (!result.hasErrors()) {
			checkSystem(form.pointSystemId(), form.year(), BaseType.POINT, "pointSystemId", result);
			checkSystem(form.zoneSystemId(), form.year(), BaseType.ZONE, "zoneSystemId", result);
		}
		if (result.hasErrors()) {
			return list(user, null, model);
		}
		long id = rounds.open(new EvaluationRounds.Opening(form.year(), form.designatedBefore(), form.selfDeadline(),
				form.districtDeadline(), form.pointSystemId(), form.zoneSystemId()), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "evaluation.round.opened");
		return "redirect:/evaluation/rounds/" + id;
	}

	private void checkSystem(long id, int year, BaseType type, String field, BindingResult result) {
		if (systems.ofYear(year, type).stream().noneMatch(s -> s.id() == id)) {
			result.rejectValue(field, "evaluation.round.systemOfYear");
		}
	}

	@GetMapping("/evaluation/rounds/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String district, @RequestParam(required = false) EvaluationStatus status,
			@RequestParam(required = false) Grade grade, @RequestParam(required = false) Integer page, Model model) {
		RoundView round = rounds.find(id, user);
		Page<EvaluationView> found = evaluations.list(new Evaluations.Filter(id, district, status, grade), user,
				Paging.of(page, Paging.DEFAULT_SIZE, null, java.util.Set.of(),
						Sort.by("districtCode").and(Sort.by("unitName")).and(Sort.by("id"))));
		LinkedMultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		if (district != null && !district.isBlank()) {
			filters.add("district", district);
		}
		if (status != null) {
			filters.add("status", status.name());
		}
		if (grade != null) {
			filters.add("grade", grade.name());
		}
		model.addAttribute("round", round);
		model.addAttribute("evaluations", found);
		model.addAttribute("links", PageLinks.of(found, "/evaluation/rounds/" + id, filters));
		model.addAttribute("district", district);
		model.addAttribute("status", status);
		model.addAttribute("grade", grade);
		model.addAttribute("statuses", EvaluationStatus.values());
		model.addAttribute("grades", Grade.values());
		if (!model.containsAttribute("publish")) {
			model.addAttribute("publish", new PublishForm("", round.version()));
		}
		return "evaluation/round";
	}

	@PostMapping("/evaluation/rounds/{id}/grading")
	String applyCap(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		rounds.applyCap(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.round.capApplied");
		return "redirect:/evaluation/rounds/" + id;
	}

	@PostMapping("/evaluation/rounds/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("publish") PublishForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, id, null, null, null, null, model);
		}
		rounds.publish(id, form.version(), form.documentNumber().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.round.published");
		return "redirect:/evaluation/rounds/" + id;
	}

	/** The official notice of the results (评估结果通报), in Chinese, as PDF. */
	@GetMapping("/evaluation/rounds/{id}/notice.pdf")
	ResponseEntity<byte[]> notice(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		EvaluationNotices.NoticeFile file = notices.pdf(id, user);
		return Downloads.of(file.content(), file.fileName(), Downloads.PDF);
	}

	/** The same notice as a Word document, for the bureau's own editing and filing. */
	@GetMapping("/evaluation/rounds/{id}/notice.docx")
	ResponseEntity<byte[]> noticeWord(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		EvaluationNotices.NoticeFile file = notices.word(id, user);
		return Downloads.of(file.content(), file.fileName(), Downloads.DOCX);
	}
}
