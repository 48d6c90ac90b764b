package cn.tsbase.reporting.web;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
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

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.reporting.internal.SummaryDeadlines;
import cn.tsbase.reporting.internal.SummaryReportExports;
import cn.tsbase.reporting.internal.SummaryReportView;
import cn.tsbase.reporting.internal.SummaryReports;
import cn.tsbase.reporting.internal.SummaryText;
import cn.tsbase.reporting.web.SummaryForms.DecisionForm;
import cn.tsbase.reporting.web.SummaryForms.SummaryForm;
import cn.tsbase.reporting.web.SummaryForms.VersionForm;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Downloads;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The annual summary reports (年度工作总结): the district writes and submits its report of a year, the municipal
 * bureau returns or accepts it; both download it as Word or PDF, the bureau all districts' reports of a year as a zip
 * and the city-wide compilation.
 */
@Controller
class SummaryReportController {

	static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "year").and(Sort.by("districtCode"));

	private final SummaryReports reports;
	private final SummaryReportExports exports;
	private final ReferenceData referenceData;
	private final SummaryDeadlines deadlines;

	SummaryReportController(SummaryReports reports, SummaryReportExports exports, ReferenceData referenceData,
			SummaryDeadlines deadlines) {
		this.reports = reports;
		this.exports = exports;
		this.referenceData = referenceData;
		this.deadlines = deadlines;
	}

	@GetMapping("/reporting/summaries")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String district, @RequestParam(required = false) Integer page,
			Model model) {
		checkYear(year);
		Page<SummaryReportView.Row> found = reports.list(user, year, district,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), NEWEST));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("year", year == null ? null : String.valueOf(year));
		filters.add("district", district);
		model.addAttribute("reports", found);
		model.addAttribute("links", PageLinks.of(found, "/reporting/summaries", filters));
		model.addAttribute("year", year);
		model.addAttribute("district", district);
		model.addAttribute("defaultYear", reports.defaultYear());
		model.addAttribute("municipal", user.scope().isAll());
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		// the deadline of the year shown (the year a district reports on by default when none is chosen)
		int deadlineYear = year == null ? reports.defaultYear() : year;
		model.addAttribute("deadlineYear", deadlineYear);
		model.addAttribute("deadline", deadlines.of(deadlineYear).orElse(null));
		return "reporting/summaries";
	}

	@GetMapping("/reporting/summaries/new")
	String showForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			Model model) {
		checkYear(year);
		int chosen = year == null ? reports.defaultYear() : year;
		var existing = reports.idOf(chosen, user);
		if (existing.isPresent()) {
			return "redirect:/reporting/summaries/" + existing.get();
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SummaryForm.of(chosen, SummaryText.EMPTY, null));
		}
		return "reporting/summary-form";
	}

	@PostMapping("/reporting/summaries")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") SummaryForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (form.year() == null) {
			result.rejectValue("year", "reporting.year.invalid");
		}
		if (result.hasErrors()) {
			return "reporting/summary-form";
		}
		long id = reports.create(form.year(), form.toText(), user);
		redirect.addFlashAttribute("flashSuccess", "reporting.summary.saved");
		return "redirect:/reporting/summaries/" + id;
	}

	@GetMapping("/reporting/summaries/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		SummaryReportView report = reports.find(id, user).orElseThrow(() -> new NotFoundException("Summary " + id));
		model.addAttribute("report", report);
		model.addAttribute("municipal", user.scope().isAll());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SummaryForm.of(report.year(), report.text(), report.version()));
		}
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new DecisionForm("", report.version()));
		}
		return "reporting/summary";
	}

	@PostMapping("/reporting/summaries/{id}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") SummaryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.version() == null) {
			result.rejectValue("version", "NotNull");
		}
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		reports.write(id, form.version(), form.toText(), user);
		redirect.addFlashAttribute("flashSuccess", "reporting.summary.saved");
		return "redirect:/reporting/summaries/" + id;
	}

	@PostMapping("/reporting/summaries/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid VersionForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			throw new InvalidRequestException("reporting.summary.versionMissing");
		}
		reports.submit(id, form.version(), user);
		redirect.addFlashAttribute("flashSuccess", "reporting.summary.submitted");
		return "redirect:/reporting/summaries/" + id;
	}

	@PostMapping("/reporting/summaries/{id}/return")
	String returnForRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.text() == null || form.text().isBlank()) {
			result.rejectValue("text", "reporting.summary.reasonRequired");
		}
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		reports.returnForRevision(id, form.version(), form.text().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "reporting.summary.returned");
		return "redirect:/reporting/summaries/" + id;
	}

	@PostMapping("/reporting/summaries/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		String note = form.text() == null || form.text().isBlank() ? null : form.text().strip();
		reports.accept(id, form.version(), note, user);
		redirect.addFlashAttribute("flashSuccess", "reporting.summary.accepted");
		return "redirect:/reporting/summaries/" + id;
	}

	@GetMapping("/reporting/summaries/{id}/report.docx")
	ResponseEntity<byte[]> word(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		var document = exports.word(id, user, locale).orElseThrow(() -> new NotFoundException("Summary " + id));
		return Downloads.of(document.content(), document.fileName(), Downloads.DOCX);
	}

	@GetMapping("/reporting/summaries/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		var document = exports.pdf(id, user, locale).orElseThrow(() -> new NotFoundException("Summary " + id));
		return Downloads.of(document.content(), document.fileName(), Downloads.PDF);
	}

	@GetMapping("/reporting/summaries/archive.zip")
	ResponseEntity<byte[]> archive(@AuthenticationPrincipal CurrentUser user, @RequestParam int year, Locale locale) {
		checkYear(year);
		var document = exports.archive(year, user, locale);
		return Downloads.of(document.content(), document.fileName(),
				org.springframework.http.MediaType.parseMediaType("application/zip"));
	}

	@GetMapping("/reporting/summaries/compilation.docx")
	ResponseEntity<byte[]> compilation(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			Locale locale) {
		checkYear(year);
		var document = exports.compilation(year, user, locale);
		return Downloads.of(document.content(), document.fileName(), Downloads.DOCX);
	}

	static void checkYear(Integer year) {
		if (year != null && (year < 2000 || year > 2100)) {
			throw new InvalidRequestException("reporting.year.invalid");
		}
	}
}
