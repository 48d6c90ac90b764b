package cn.tsbase.reporting.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.reporting.internal.SummaryDeadlines;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal bureau sets the deadline by which the districts submit their annual summary reports of a year; the
 * districts not filed by then are reminded before it and when it has passed.
 */
@Controller
class SummaryDeadlineController {

	private final SummaryDeadlines deadlines;

	SummaryDeadlineController(SummaryDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	/** The year, its deadline and the deadline's version as the officer saw it (none for a first deadline). */
	record DeadlineForm(@NotNull @Min(2000) @Max(2100) Integer year,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Long version) {
	}

	@PostMapping("/reporting/summaries/deadline")
	String set(@AuthenticationPrincipal CurrentUser user, @Valid DeadlineForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "reporting.deadline.invalid");
		}
		else {
			deadlines.set(form.year(), form.dueOn(), form.version(), user);
			redirect.addFlashAttribute("flashSuccess", "reporting.deadline.saved");
		}
		return "redirect:/reporting/summaries" + (form.year() == null ? "" : "?year=" + form.year());
	}
}
