package cn.tsbase.operation.web;

import java.time.LocalDate;

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

import cn.tsbase.operation.internal.ActivityKind;
import cn.tsbase.operation.internal.AnnualPlans;
import cn.tsbase.operation.internal.PlanView;
import cn.tsbase.operation.web.PlanForms.DecisionForm;
import cn.tsbase.operation.web.PlanForms.FilingForm;
import cn.tsbase.operation.web.PlanForms.PlanForm;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * Annual work plans: the district's plan filings, a base's plan of a year with plan against actual and its submitted
 * versions, the unit's form and submission, the district's return and acceptance.
 */
@Controller
class AnnualPlanController {

	private final AnnualPlans plans;

	AnnualPlanController(AnnualPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/operation/plan-filings")
	String filings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new FilingForm(plans.currentYear(), null));
		}
		Page<PlanView.Filing> found = plans.filings(user,
				Paging.of(page, Paging.DEFAULT_SIZE, null, java.util.Set.of(),
						Sort.by(Sort.Direction.DESC, "year").and(Sort.by("districtCode"))));
		model.addAttribute("filings", found);
		model.addAttribute("links", PageLinks.of(found, "/operation/plan-filings", new LinkedMultiValueMap<>()));
		return "operation/filings";
	}

	@PostMapping("/operation/plan-filings")
	String openFiling(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") FilingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && form.deadline().isBefore(LocalDate.of(form.year(), 1, 1).minusMonths(3))) {
			result.rejectValue("deadline", "operation.filing.deadlineTooEarly");
		}
		if (result.hasErrors()) {
			return filings(user, null, model);
		}
		plans.openFiling(form.year(), form.deadline(), user);
		redirect.addFlashAttribute("flashSuccess", "operation.filing.opened");
		return "redirect:/operation/plan-filings";
	}

	@GetMapping("/operation/bases/{baseId}/plans/{year}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable int year,
			Model model) {
		PlanView plan = plans.find(baseId, year(year), user);
		model.addAttribute("plan", plan);
		model.addAttribute("kinds", ActivityKind.values());
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new DecisionForm("", plan.version()));
		}
		return "operation/plan";
	}

	@GetMapping("/operation/bases/{baseId}/plans/{year}/versions/{number}")
	String showVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable int year,
			@PathVariable int number, Model model) {
		model.addAttribute("plan", plans.find(baseId, year(year), user));
		model.addAttribute("submittedContent", plans.version(baseId, year, number, user));
		model.addAttribute("number", number);
		return "operation/plan-version";
	}

	@GetMapping("/operation/bases/{baseId}/plans/{year}/edit")
	String showForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable int year,
			Model model) {
		PlanView plan = plans.find(baseId, year(year), user);
		if (plan.deadline() == null) {
			throw new StateConflictException("operation.plan.filingNotOpen", "No filing for " + year);
		}
		if (!plan.isEditable()) {
			throw new StateConflictException("operation.plan.notEditable", "Plan not editable");
		}
		model.addAttribute("plan", plan);
		model.addAttribute("form", PlanForm.of(plan));
		model.addAttribute("kinds", ActivityKind.values());
		return "operation/plan-edit";
	}

	@PostMapping("/operation/bases/{baseId}/plans/{year}")
	String write(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable int year,
			@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PlanView plan = plans.find(baseId, year(year), user);
		form.check(result);
		if (result.hasErrors()) {
			model.addAttribute("plan", plan);
			model.addAttribute("kinds", ActivityKind.values());
			return "operation/plan-edit";
		}
		plans.write(baseId, year, form.version(), form.toContent(plan.baseType()), user);
		return done(baseId, year, "operation.plan.saved", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/plans/{year}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable int year,
			@RequestParam long version, RedirectAttributes redirect) {
		plans.submit(baseId, year(year), version, user);
		return done(baseId, year, "operation.plan.submitted", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/plans/{year}/return")
	String returnForRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable int year, @Valid @ModelAttribute("decision") DecisionForm decision, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && (decision.reason() == null || decision.reason().isBlank())) {
			result.rejectValue("reason", "operation.plan.reasonRequired");
		}
		if (result.hasErrors()) {
			return show(user, baseId, year, model);
		}
		plans.returnForRevision(baseId, year(year), decision.version(), decision.reason().strip(), user);
		return done(baseId, year, "operation.plan.returned", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/plans/{year}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable int year,
			@Valid @ModelAttribute("decision") DecisionForm decision, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, baseId, year, model);
		}
		plans.accept(baseId, year(year), decision.version(), ProfileForms.strip(decision.reason()), user);
		return done(baseId, year, "operation.plan.accepted", redirect);
	}

	private static String done(long baseId, int year, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", message);
		return "redirect:/operation/bases/" + baseId + "/plans/" + year;
	}

	private static int year(int year) {
		if (year < 2000 || year > 2100) {
			throw new NotFoundException("Year " + year);
		}
		return year;
	}
}
