package cn.tsbase.casework.web;

import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.attachment.AttachmentDownloads;
import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.casework.CaseStatus;
import cn.tsbase.casework.internal.CaseView;
import cn.tsbase.casework.internal.InfringementForm;
import cn.tsbase.casework.internal.LeakIncidents;
import cn.tsbase.casework.internal.SecretCategory;
import cn.tsbase.casework.internal.TypicalCases;
import cn.tsbase.casework.web.CaseworkForms.CaseForm;
import cn.tsbase.casework.web.CaseworkForms.DecisionForm;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The typical cases of the caller: write a case (full and desensitised versions), propose the desensitised text
 * again, attach evidence, submit it; the district and then the municipal bureau approve or reject it with a reason.
 */
@Controller
class CaseController {

	private final TypicalCases cases;
	private final LeakIncidents incidents;
	private final Attachments attachments;
	private final ReferenceData referenceData;

	CaseController(TypicalCases cases, LeakIncidents incidents, Attachments attachments,
			ReferenceData referenceData) {
		this.cases = cases;
		this.incidents = incidents;
		this.attachments = attachments;
		this.referenceData = referenceData;
	}

	@GetMapping("/casework/cases")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) Integer page, Model model) {
		Page<CaseView.Row> found = cases.list(user, status, Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id"))));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("status", status == null ? null : status.name());
		model.addAttribute("cases", found);
		model.addAttribute("links", PageLinks.of(found, "/casework/cases", filters));
		model.addAttribute("status", status);
		model.addAttribute("statuses", CaseStatus.values());
		return "casework/cases";
	}

	@GetMapping("/casework/cases/new")
	String showNew(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CaseForm.empty(incidents.currentYear()));
		}
		addChoices(model);
		return "casework/case-form";
	}

	@PostMapping("/casework/cases")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CaseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		check(form, result);
		if (result.hasErrors()) {
			addChoices(model);
			return "casework/case-form";
		}
		long id = cases.create(form.toDraft(), user);
		redirect.addFlashAttribute("flashSuccess", "casework.case.saved");
		return "redirect:/casework/cases/" + id;
	}

	@GetMapping("/casework/cases/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("c", cases.find(id, user));
		model.addAttribute("attachments", cases.attachments(id, user));
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new DecisionForm("", null));
		}
		return "casework/case";
	}

	@GetMapping("/casework/cases/{id}/edit")
	String showEdit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CaseView c = cases.find(id, user);
		if (!c.editableByCaller()) {
			throw new cn.tsbase.shared.StateConflictException("casework.case.notEditable", "Case " + id);
		}
		model.addAttribute("c", c);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CaseForm.of(c));
		}
		addChoices(model);
		return "casework/case-form";
	}

	@PostMapping("/casework/cases/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") CaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		check(form, result);
		if (form.version() == null) {
			result.reject("NotNull");
		}
		if (result.hasErrors()) {
			model.addAttribute("c", cases.find(id, user));
			addChoices(model);
			return "casework/case-form";
		}
		cases.update(id, form.version(), form.toDraft(), user);
		redirect.addFlashAttribute("flashSuccess", "casework.case.saved");
		return "redirect:/casework/cases/" + id;
	}

	@PostMapping("/casework/cases/{id}/desensitise")
	String desensitise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		cases.desensitiseAgain(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "casework.case.desensitised");
		return "redirect:/casework/cases/" + id;
	}

	@PostMapping("/casework/cases/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		cases.submit(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "casework.case.submitted");
		return "redirect:/casework/cases/" + id;
	}

	@PostMapping("/casework/cases/{id}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm decision, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		cases.approve(id, decision.version(), user);
		redirect.addFlashAttribute("flashSuccess", "casework.case.approved");
		return "redirect:/casework/cases/" + id;
	}

	@PostMapping("/casework/cases/{id}/reject")
	String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm decision, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && (decision.reason() == null || decision.reason().isBlank())) {
			result.rejectValue("reason", "casework.case.reasonRequired");
		}
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		cases.reject(id, decision.version(), decision.reason().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "casework.case.rejected");
		return "redirect:/casework/cases/" + id;
	}

	@PostMapping("/casework/cases/{id}/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			throw new InvalidRequestException("casework.case.fileRequired");
		}
		try (InputStream in = file.getInputStream()) {
			cases.attach(id, file.getOriginalFilename(), in, user);
			redirect.addFlashAttribute("flashSuccess", "casework.case.attached");
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("flashError", rejected.messageKey());
		}
		catch (IOException failed) {
			throw new InvalidRequestException("casework.case.fileRequired");
		}
		return "redirect:/casework/cases/" + id;
	}

	@GetMapping("/casework/cases/{id}/attachments/{attachmentId}")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		StoredAttachment attachment = cases.attachment(id, attachmentId, user);
		return AttachmentDownloads.response(attachments, attachment);
	}

	private void check(CaseForm form, BindingResult result) {
		if (form.industryCode() != null && !form.industryCode().isBlank()
				&& !referenceData.isActive(ReferenceCategory.INDUSTRY, form.industryCode())) {
			result.rejectValue("industryCode", "casework.case.unknownIndustry");
		}
	}

	private void addChoices(Model model) {
		model.addAttribute("secretKinds", SecretCategory.values());
		model.addAttribute("forms", InfringementForm.values());
		model.addAttribute("industries", referenceData.active(ReferenceCategory.INDUSTRY));
	}
}
