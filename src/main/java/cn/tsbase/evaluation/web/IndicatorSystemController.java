package cn.tsbase.evaluation.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import cn.tsbase.evaluation.internal.CapScope;
import cn.tsbase.evaluation.internal.DataSource;
import cn.tsbase.evaluation.internal.IndicatorSystems;
import cn.tsbase.evaluation.internal.SystemView;
import cn.tsbase.evaluation.web.EvaluationForms.CopyForm;
import cn.tsbase.evaluation.web.EvaluationForms.DefaultSystemForm;
import cn.tsbase.evaluation.web.EvaluationForms.GradingForm;
import cn.tsbase.evaluation.web.EvaluationForms.IndicatorForm;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.indicators.GradeThresholds;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorRow;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * Indicator systems (评价指标体系): the list by year, a version with its dimensions, indicators, thresholds and cap;
 * the municipal bureau creates the platform's default, copies a version for a new year and edits drafts (all their
 * indicators at once in the indicator editor, or one indicator).
 */
@Controller
class IndicatorSystemController {

	private final IndicatorSystems systems;

	IndicatorSystemController(IndicatorSystems systems) {
		this.systems = systems;
	}

	@GetMapping("/evaluation/indicator-systems")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			Model model) {
		Integer filterYear = year != null && year >= 2000 && year <= 2100 ? year : null;
		Page<SystemView> found = systems.list(filterYear, Paging.of(page, Paging.DEFAULT_SIZE, null,
				java.util.Set.of(), Sort.by(Sort.Direction.DESC, "year").and(Sort.by("baseType")).and(Sort.by("id"))));
		LinkedMultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		if (filterYear != null) {
			filters.add("year", filterYear.toString());
		}
		model.addAttribute("systems", found);
		model.addAttribute("year", filterYear);
		model.addAttribute("links", PageLinks.of(found, "/evaluation/indicator-systems", filters));
		model.addAttribute("baseTypes", BaseType.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DefaultSystemForm(java.time.Year.now().getValue(), BaseType.POINT));
		}
		return "evaluation/systems";
	}

	@PostMapping("/evaluation/indicator-systems")
	String createDefault(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") DefaultSystemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(null, null, model);
		}
		SystemView created = systems.createDefault(form.year(), form.baseType(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "evaluation.system.created");
		return "redirect:/evaluation/indicator-systems/" + created.id();
	}

	@GetMapping("/evaluation/indicator-systems/{id}")
	String show(@PathVariable long id, Model model) {
		SystemView system = systems.find(id);
		model.addAttribute("system", system);
		if (!model.containsAttribute("copy")) {
			model.addAttribute("copy", new CopyForm(system.year() + 1, null));
		}
		if (!model.containsAttribute("grading")) {
			model.addAttribute("grading", new GradingForm(system.name(), system.thresholds().excellentMin(),
					system.thresholds().goodMin(), system.thresholds().passMin(), system.capPercent(),
					system.capScope(), system.version()));
		}
		model.addAttribute("capScopes", CapScope.values());
		model.addAttribute("editing", SystemIndicatorsEditor.editing(system.content()));
		if (!model.containsAttribute("rows")) {
			model.addAttribute("rows", IndicatorRow.of(system.content(), SystemIndicatorsEditor.SPARE_ROWS));
		}
		return "evaluation/system";
	}

	/** The indicator editor's rows of a draft, with the version it was read at. */
	record IndicatorsForm(List<IndicatorRow> items, Long version) {
	}

	@PostMapping("/evaluation/indicator-systems/{id}/indicators")
	String replaceIndicators(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("indicators") IndicatorsForm form, Model model, RedirectAttributes redirect) {
		SystemView system = systems.find(id);
		List<IndicatorRow> filled = IndicatorRow.filled(form.items());
		SystemIndicatorsEditor.Result result = SystemIndicatorsEditor.model(system.content(), filled);
		if (result.model() == null) {
			List<IndicatorModel.Dimension> dimensions = system.content().dimensions();
			model.addAttribute("rows", IndicatorRow.withSpares(filled,
					dimensions.get(dimensions.size() - 1).code(), SystemIndicatorsEditor.SPARE_ROWS));
			model.addAttribute("badRows", result.badRows());
			return show(id, model);
		}
		systems.replaceIndicators(id, form.version() == null ? -1 : form.version(), result.model(), user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.system.saved");
		return "redirect:/evaluation/indicator-systems/" + id;
	}

	@PostMapping("/evaluation/indicator-systems/{id}/copy")
	String copy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("copy") CopyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, model);
		}
		SystemView copy = systems.copy(id, form.year(), form.name().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.system.copied");
		return "redirect:/evaluation/indicator-systems/" + copy.id();
	}

	@PostMapping("/evaluation/indicator-systems/{id}/grading")
	String changeGrading(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("grading") GradingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && !GradeThresholds.rise(form.excellentMin(), form.goodMin(), form.passMin())) {
			result.rejectValue("goodMin", "evaluation.system.thresholdsMustRise");
		}
		if (result.hasErrors()) {
			return show(id, model);
		}
		systems.changeGrading(id, form.version(), form.name().strip(),
				new GradeThresholds(form.excellentMin(), form.goodMin(), form.passMin()), form.capPercent(),
				form.capScope(), user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.system.saved");
		return "redirect:/evaluation/indicator-systems/" + id;
	}

	@GetMapping("/evaluation/indicator-systems/{id}/indicators/{code}")
	String editIndicator(@PathVariable long id, @PathVariable String code, Model model) {
		SystemView system = systems.find(id);
		IndicatorModel.Indicator indicator = system.content()
			.indicator(code)
			.orElseThrow(() -> new NotFoundException("Indicator " + code));
		model.addAttribute("system", system);
		model.addAttribute("indicator", indicator);
		model.addAttribute("dataSources", DataSource.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new IndicatorForm(indicator.name(), indicator.points(), indicator.guidance(),
					indicator.evidence(), indicator.veto(), DataSource.of(indicator.dataSource()), system.version()));
		}
		return "evaluation/indicator-edit";
	}

	@PostMapping("/evaluation/indicator-systems/{id}/indicators/{code}")
	String changeIndicator(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable String code, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editIndicator(id, code, model);
		}
		systems.changeIndicator(id, form.version(), new IndicatorModel.Indicator(code, form.name().strip(),
				form.points(), strip(form.guidance()), strip(form.evidence()), Boolean.TRUE.equals(form.veto()), DataSource.keyOf(form.dataSource())), user);
		redirect.addFlashAttribute("flashSuccess", "evaluation.system.saved");
		return "redirect:/evaluation/indicator-systems/" + id;
	}

	static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
