package cn.tsbase.operation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

import cn.tsbase.operation.internal.BaseProfiles;
import cn.tsbase.operation.internal.LiaisonProblems;
import cn.tsbase.operation.internal.LiaisonCaseLinks;
import cn.tsbase.operation.internal.LiaisonReports;
import cn.tsbase.operation.internal.LiaisonView;
import cn.tsbase.operation.internal.ReportInterval;
import cn.tsbase.operation.web.LiaisonForms.AnswerForm;
import cn.tsbase.operation.web.LiaisonForms.ReasonForm;
import cn.tsbase.operation.web.LiaisonForms.ReportForm;
import cn.tsbase.operation.web.LiaisonForms.ScheduleForm;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * Liaison reports (联络报告): the district's list and schedule, a base's reporting year, a period's report with the
 * unit's form and the district's decision, and the problems raised in reports with their answers.
 */
@Controller
class LiaisonController {

	private final LiaisonReports reports;
	private final LiaisonProblems problems;
	private final BaseProfiles profiles;
	private final LiaisonCaseLinks caseLinks;

	LiaisonController(LiaisonReports reports, LiaisonProblems problems, BaseProfiles profiles,
			LiaisonCaseLinks caseLinks) {
		this.caseLinks = caseLinks;
		this.reports = reports;
		this.problems = problems;
		this.profiles = profiles;
	}

	@GetMapping("/operation/liaison-reports")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			Model model) {
		int shown = year(year);
		if (!model.containsAttribute("form") && user.getDistrictCode() != null) {
			model.addAttribute("form", ScheduleForm.of(reports.schedule(user.getDistrictCode())));
		}
		if (user.getDistrictCode() != null) {
			model.addAttribute("schedule", reports.schedule(user.getDistrictCode()));
		}
		Page<LiaisonView.ReportRow> found = reports.list(user, shown, status, Paging.of(page, Paging.DEFAULT_SIZE,
				null, Set.of(), Sort.by(Sort.Direction.DESC, "periodStart").and(Sort.by("unitName"))
					.and(Sort.by("id"))));
		var filters = new LinkedMultiValueMap<String, String>();
		filters.add("year", String.valueOf(shown));
		filters.add("status", status);
		model.addAttribute("reports", found);
		model.addAttribute("links", PageLinks.of(found, "/operation/liaison-reports", filters));
		model.addAttribute("year", shown);
		model.addAttribute("status", status);
		model.addAttribute("intervals", ReportInterval.values());
		model.addAttribute("statuses", new String[] { "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED" });
		return "operation/liaison-reports";
	}

	@PostMapping("/operation/liaison-schedule")
	String setSchedule(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ScheduleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(user, null, null, null, model);
		}
		reports.setSchedule(form.interval(), form.dueWorkingDays(), form.version(), user);
		redirect.addFlashAttribute("flashSuccess", "operation.liaison.scheduleSaved");
		return "redirect:/operation/liaison-reports";
	}

	@GetMapping("/operation/bases/{baseId}/liaison-reports")
	String ofBase(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@RequestParam(required = false) Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("profile", profiles.find(baseId, user));
		model.addAttribute("periods", reports.periods(baseId, shown, user));
		model.addAttribute("year", shown);
		model.addAttribute("today", reports.today());
		return "operation/liaison-base";
	}

	@GetMapping("/operation/bases/{baseId}/liaison-reports/{period}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period, Model model) {
		LiaisonView.Report report = reports.find(baseId, period, user);
		var cases = caseLinks.forReport(baseId, period, report.isEditable(), user);
		var linked = cases.linked();
		model.addAttribute("report", report);
		model.addAttribute("today", reports.today());
		model.addAttribute("linkedCases", linked);
		model.addAttribute("caseChoices", cases.choices());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForm.of(report, linked));
		}
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", ReasonForm.empty());
		}
		return "operation/liaison-report";
	}

	@PostMapping("/operation/bases/{baseId}/liaison-reports/{period}")
	String write(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
			@Valid @ModelAttribute("form") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, baseId, period, model);
		}
		caseLinks.write(baseId, period, form.version(), form.workStatus(), form.suggestions(), form.typicalCases(),
				form.problems(), form.caseIdsOrNone(), user);
		return done(baseId, period, "operation.liaison.saved", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/liaison-reports/{period}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period, @RequestParam long version,
			RedirectAttributes redirect) {
		reports.submit(baseId, period, version, user);
		return done(baseId, period, "operation.liaison.submitted", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/liaison-reports/{period}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period, @RequestParam long version,
			RedirectAttributes redirect) {
		reports.accept(baseId, period, version, user);
		return done(baseId, period, "operation.liaison.accepted", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/liaison-reports/{period}/return")
	String returnForRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
			@Valid @ModelAttribute("decision") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, baseId, period, model);
		}
		reports.returnForRevision(baseId, period, form.version(), form.reason(), user);
		return done(baseId, period, "operation.liaison.returned", redirect);
	}

	@GetMapping("/operation/liaison-problems")
	String problems(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Boolean all,
			@RequestParam(required = false) Integer page, Model model) {
		boolean openOnly = !Boolean.TRUE.equals(all);
		Page<LiaisonView.Problem> found = problems.list(user, openOnly, Paging.of(page, Paging.DEFAULT_SIZE, null,
				Set.of(), Sort.by("raisedOn").and(Sort.by("id"))));
		var filters = new LinkedMultiValueMap<String, String>();
		filters.add("all", openOnly ? null : "true");
		model.addAttribute("problems", found);
		model.addAttribute("links", PageLinks.of(found, "/operation/liaison-problems", filters));
		model.addAttribute("openOnly", openOnly);
		model.addAttribute("today", reports.today());
		return "operation/liaison-problems";
	}

	@PostMapping("/operation/liaison-problems/{id}/reply")
	String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid AnswerForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			problems.reply(id, form.version(), form.text(), user);
		}
		return answered(result, "operation.problem.replied", redirect);
	}

	@PostMapping("/operation/liaison-problems/{id}/forward")
	String forward(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid AnswerForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			problems.forward(id, form.version(), form.text(), user);
		}
		return answered(result, "operation.problem.forwarded", redirect);
	}

	@PostMapping("/operation/liaison-problems/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid AnswerForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			problems.close(id, form.version(), form.text(), user);
		}
		return answered(result, "operation.problem.closed", redirect);
	}

	private static String answered(BindingResult result, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute(result.hasErrors() ? "flashError" : "flashSuccess",
				result.hasErrors() ? "operation.problem.textRequired" : message);
		return "redirect:/operation/liaison-problems";
	}

	private int year(Integer year) {
		int current = reports.today().getYear();
		if (year == null) {
			return current;
		}
		if (year < 2000 || year > current + 1) {
			throw new NotFoundException("Year " + year);
		}
		return year;
	}

	private static String done(long baseId, LocalDate period, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", message);
		return "redirect:/operation/bases/" + baseId + "/liaison-reports/" + period;
	}
}
