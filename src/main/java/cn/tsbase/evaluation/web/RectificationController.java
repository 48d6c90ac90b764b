package cn.tsbase.evaluation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.attachment.AttachmentDownloads;
import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.calendar.CalendarMissingException;
import cn.tsbase.evaluation.internal.RectificationStatus;
import cn.tsbase.evaluation.internal.RectificationView;
import cn.tsbase.evaluation.internal.Rectifications;
import cn.tsbase.evaluation.web.RectificationForms.DecisionForm;
import cn.tsbase.evaluation.web.RectificationForms.IssueForm;
import cn.tsbase.evaluation.web.RectificationForms.ProgressForm;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * Rectification orders (整改): the list (the unit's own, the district's, all for the municipal bureau; filters status,
 * district, year, overdue), one order with the district's issue, accept and reject forms and the base's plan,
 * progress, files and submission.
 */
@Controller
class RectificationController {

	private final Rectifications rectifications;
	private final Attachments attachments;
	private final MessageSource messages;
	private final ReferenceData referenceData;

	RectificationController(Rectifications rectifications, Attachments attachments, MessageSource messages,
			ReferenceData referenceData) {
		this.rectifications = rectifications;
		this.attachments = attachments;
		this.messages = messages;
		this.referenceData = referenceData;
	}

	@GetMapping("/evaluation/rectifications")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) RectificationStatus status,
			@RequestParam(required = false) String district, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
			Model model) {
		Page<RectificationView> found = rectifications.list(
				new Rectifications.Filter(status, district, year, overdue), user, Paging.of(page, Paging.DEFAULT_SIZE,
						null, Set.of(), Sort.by(Sort.Direction.DESC, "proposedAt").and(Sort.by("id"))));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		if (status != null) {
			filters.add("status", status.name());
		}
		if (district != null && !district.isBlank()) {
			filters.add("district", district);
		}
		if (year != null) {
			filters.add("year", year.toString());
		}
		if (Boolean.TRUE.equals(overdue)) {
			filters.add("overdue", "true");
		}
		model.addAttribute("rectifications", found);
		model.addAttribute("links", PageLinks.of(found, "/evaluation/rectifications", filters));
		model.addAttribute("statuses", RectificationStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("district", district);
		model.addAttribute("year", year);
		model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		return "evaluation/rectifications";
	}

	@GetMapping("/evaluation/rectifications/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Rectifications.Detail detail = rectifications.find(id, user);
		RectificationView r = detail.rectification();
		boolean unit = user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON);
		boolean district = user.hasRole(Role.DISTRICT_OFFICER);
		model.addAttribute("rectification", r);
		model.addAttribute("files", detail.files());
		model.addAttribute("unitEditing", unit && r.isUnitEditable());
		model.addAttribute("issuing", district && r.status() == RectificationStatus.PROPOSED);
		model.addAttribute("deciding", district && r.status() == RectificationStatus.SUBMITTED);
		if (!model.containsAttribute("issue")) {
			model.addAttribute("issue", new IssueForm(r.items(), r.requiredEvidence(),
					Rectifications.DEFAULT_WORKING_DAYS, r.version()));
		}
		if (!model.containsAttribute("progressForm")) {
			model.addAttribute("progressForm", new ProgressForm(r.plan(), r.progress(), r.version()));
		}
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new DecisionForm("", false, r.version()));
		}
		return "evaluation/rectification";
	}

	@PostMapping("/evaluation/evaluations/{id}/rectification")
	String orderAfterVeto(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		long rectificationId = rectifications.orderAfterVeto(id, user);
		redirect.addFlashAttribute("flashSuccess", "rectification.proposed");
		return "redirect:/evaluation/rectifications/" + rectificationId;
	}

	@PostMapping("/evaluation/rectifications/{id}/issue")
	String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("issue") IssueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("flashError", "rectification.formInvalid");
			return show(user, id, model);
		}
		try {
			rectifications.issue(id, form.version(), form.items().strip(), strip(form.requiredEvidence()),
					form.workingDays(), user);
		}
		catch (CalendarMissingException missing) {
			// nothing was saved: show the form again with what the officer typed and why the period cannot be counted
			result.rejectValue("workingDays", "rectification.calendarMissing", new Object[] { String.valueOf(missing.year()) }, null);
			model.addAttribute("flashError", "calendar.missing");
			return show(user, id, model);
		}
		redirect.addFlashAttribute("flashSuccess", "rectification.issued");
		return "redirect:/evaluation/rectifications/" + id;
	}

	@PostMapping("/evaluation/rectifications/{id}/progress")
	String file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("flashError", "rectification.formInvalid");
			return show(user, id, model);
		}
		rectifications.file(id, form.version(), strip(form.plan()), strip(form.progress()), user);
		redirect.addFlashAttribute("flashSuccess", "rectification.progressSaved");
		return "redirect:/evaluation/rectifications/" + id;
	}

	@PostMapping("/evaluation/rectifications/{id}/files")
	String addFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			rectifications.addFile(id, file.getOriginalFilename(), in, user);
			redirect.addFlashAttribute("flashSuccess", "rectification.fileAdded");
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("uploadError",
					messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
		}
		return "redirect:/evaluation/rectifications/" + id;
	}

	@GetMapping("/evaluation/rectifications/{id}/files/{attachmentId}")
	ResponseEntity<StreamingResponseBody> downloadFile(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments, rectifications.fileOf(id, attachmentId, user));
	}

	@PostMapping("/evaluation/rectifications/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		rectifications.submit(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "rectification.submitted");
		return "redirect:/evaluation/rectifications/" + id;
	}

	@PostMapping("/evaluation/rectifications/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("flashError", "rectification.formInvalid");
			return show(user, id, model);
		}
		rectifications.accept(id, form.version(), strip(form.reason()), user);
		redirect.addFlashAttribute("flashSuccess", "rectification.accepted");
		return "redirect:/evaluation/rectifications/" + id;
	}

	@PostMapping("/evaluation/rectifications/{id}/reject")
	String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && strip(form.reason()) == null) {
			result.rejectValue("reason", "rectification.reasonRequired");
		}
		if (result.hasErrors()) {
			model.addAttribute("flashError", "rectification.formInvalid");
			return show(user, id, model);
		}
		boolean finalRejection = Boolean.TRUE.equals(form.finalRejection());
		rectifications.reject(id, form.version(), form.reason().strip(), finalRejection, user);
		redirect.addFlashAttribute("flashSuccess", finalRejection ? "rectification.failed" : "rectification.returned");
		return "redirect:/evaluation/rectifications/" + id;
	}

	static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
