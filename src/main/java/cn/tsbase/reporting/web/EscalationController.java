package cn.tsbase.reporting.web;

import java.util.Set;

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

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.reporting.internal.EscalationSource;
import cn.tsbase.reporting.internal.EscalationStatus;
import cn.tsbase.reporting.internal.EscalationView;
import cn.tsbase.reporting.internal.EscalationAttachments;
import cn.tsbase.reporting.internal.Escalations;
import cn.tsbase.reporting.web.SummaryForms.AnswerForm;
import cn.tsbase.reporting.web.SummaryForms.EscalationForm;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * Problems raised with the municipal bureau (问题反映): the district raises one, the bureau answers it; the list shows
 * the open ones first by default, filtered by status, district (the bureau) and source, a page at a time.
 */
@Controller
class EscalationController {

	static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "raisedAt").and(Sort.by(Sort.Direction.DESC, "id"));

	private final Escalations escalations;
	private final ReferenceData referenceData;
	private final EscalationAttachments attachments;

	EscalationController(Escalations escalations, ReferenceData referenceData, EscalationAttachments attachments) {
		this.escalations = escalations;
		this.referenceData = referenceData;
		this.attachments = attachments;
	}

	@GetMapping("/reporting/escalations")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) EscalationStatus status,
			@RequestParam(required = false) String district, @RequestParam(required = false) EscalationSource source,
			@RequestParam(required = false) Integer page, Model model) {
		Page<EscalationView.Row> found = escalations.list(user, status, district, source,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), NEWEST));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("status", status == null ? null : status.name());
		filters.add("district", district);
		filters.add("source", source == null ? null : source.name());
		model.addAttribute("escalations", found);
		model.addAttribute("links", PageLinks.of(found, "/reporting/escalations", filters));
		model.addAttribute("status", status);
		model.addAttribute("district", district);
		model.addAttribute("source", source);
		model.addAttribute("statuses", EscalationStatus.values());
		model.addAttribute("sources", EscalationSource.values());
		if (user.scope().isAll()) {
			model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		}
		return "reporting/escalations";
	}

	@GetMapping("/reporting/escalations/new")
	String showForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", EscalationForm.empty());
		}
		model.addAttribute("bases", escalations.districtBases(user));
		return "reporting/escalation-form";
	}

	@PostMapping("/reporting/escalations")
	String raise(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") EscalationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("bases", escalations.districtBases(user));
			return "reporting/escalation-form";
		}
		long id = escalations.raise(form.toEscalation(), user);
		redirect.addFlashAttribute("flashSuccess", "reporting.escalation.raised");
		return "redirect:/reporting/escalations/" + id;
	}

	@GetMapping("/reporting/escalations/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		EscalationView escalation = escalations.find(id, user)
			.orElseThrow(() -> new NotFoundException("Escalation " + id));
		model.addAttribute("escalation", escalation);
		model.addAttribute("attachments", attachments.list(id, user));
		model.addAttribute("municipal", user.scope().isAll());
		if (!model.containsAttribute("answering")) {
			model.addAttribute("answering", new AnswerForm("", escalation.version()));
		}
		return "reporting/escalation";
	}

	@PostMapping("/reporting/escalations/{id}/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("answering") AnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		escalations.answer(id, form.version(), form.answer().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "reporting.escalation.answered");
		return "redirect:/reporting/escalations/" + id;
	}
}
