package cn.tsbase.casework.web;

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

import cn.tsbase.casework.IncidentStatus;
import cn.tsbase.casework.internal.CaseVisibility;
import cn.tsbase.casework.internal.CaseworkTime;
import cn.tsbase.casework.internal.IncidentEvidence;
import cn.tsbase.casework.internal.IncidentIntent;
import cn.tsbase.casework.internal.IncidentOrigin;
import cn.tsbase.casework.internal.IncidentView;
import cn.tsbase.casework.internal.LeakChannel;
import cn.tsbase.casework.internal.LeakIncidents;
import cn.tsbase.casework.internal.Referral;
import cn.tsbase.casework.internal.Remedy;
import cn.tsbase.casework.internal.SecretCategory;
import cn.tsbase.casework.internal.TypicalCases;
import cn.tsbase.casework.web.CaseworkForms.CloseForm;
import cn.tsbase.casework.web.CaseworkForms.IncidentForm;
import cn.tsbase.casework.web.CaseworkForms.ResponseForm;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * Leak incidents: the unit reports one, the district answers it (first contact, measures, referral) and closes it, a
 * closed one is proposed as a typical case. The list shows the response times and, for officers, the median per
 * district of the year.
 */
@Controller
class IncidentController {

	private final LeakIncidents incidents;
	private final TypicalCases cases;
	private final ReferenceData referenceData;
	private final IncidentEvidence evidence;
	private final CaseVisibility caseVisibility;

	IncidentController(LeakIncidents incidents, TypicalCases cases, ReferenceData referenceData,
			IncidentEvidence evidence, CaseVisibility caseVisibility) {
		this.incidents = incidents;
		this.cases = cases;
		this.referenceData = referenceData;
		this.evidence = evidence;
		this.caseVisibility = caseVisibility;
	}

	@GetMapping("/casework/incidents")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) IncidentStatus status,
			@RequestParam(required = false) String district, @RequestParam(required = false) Integer page,
			Model model) {
		Page<IncidentView.Row> found = incidents.list(user, status, district, Paging.of(page, Paging.DEFAULT_SIZE,
				null, Set.of(), Sort.by(Sort.Direction.DESC, "reportedAt").and(Sort.by(Sort.Direction.DESC, "id"))));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("status", status == null ? null : status.name());
		filters.add("district", district);
		model.addAttribute("incidents", found);
		model.addAttribute("links", PageLinks.of(found, "/casework/incidents", filters));
		model.addAttribute("status", status);
		model.addAttribute("district", district);
		model.addAttribute("statuses", IncidentStatus.values());
		int year = incidents.currentYear();
		model.addAttribute("year", year);
		if (user.hasRole(Role.DISTRICT_OFFICER) || user.hasRole(Role.MUNICIPAL_OFFICER)) {
			model.addAttribute("responseTimes", incidents.responseTimes(year, user.scope()));
		}
		if (user.hasRole(Role.MUNICIPAL_OFFICER)) {
			model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		}
		return "casework/incidents";
	}

	@GetMapping("/casework/incidents/new")
	String showForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", IncidentForm.empty());
		}
		addChoices(model);
		return "casework/incident-form";
	}

	@PostMapping("/casework/incidents")
	String report(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") IncidentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			addChoices(model);
			return "casework/incident-form";
		}
		long id = incidents.report(form.toReport(), user);
		redirect.addFlashAttribute("flashSuccess", "casework.incident.reported");
		return "redirect:/casework/incidents/" + id;
	}

	@GetMapping("/casework/incidents/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		IncidentView incident = incidents.find(id, user);
		model.addAttribute("incident", incident);
		model.addAttribute("evidence", evidence.list(id, user));
		model.addAttribute("caseOpenable", incident.caseId() != null && caseVisibility.canOpen(incident.caseId(), user));
		if (!model.containsAttribute("response")) {
			model.addAttribute("response", new ResponseForm(
					incident.firstContactAt() == null ? null
							: incident.firstContactAt().atZone(CaseworkTime.ZONE).toLocalDateTime(),
					incident.responseMeasures(), incident.referral() == null ? Referral.NONE : incident.referral(),
					incident.version()));
		}
		if (!model.containsAttribute("closing")) {
			model.addAttribute("closing", new CloseForm("", incident.version()));
		}
		model.addAttribute("referrals", Referral.values());
		return "casework/incident";
	}

	@PostMapping("/casework/incidents/{id}/response")
	String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("response") ResponseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		incidents.respond(id, form.version(), form.firstContact().atZone(CaseworkTime.ZONE).toInstant(),
				form.measures().strip(), form.referral(), user);
		redirect.addFlashAttribute("flashSuccess", "casework.incident.responded");
		return "redirect:/casework/incidents/" + id;
	}

	@PostMapping("/casework/incidents/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("closing") CloseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		incidents.close(id, form.version(), form.outcome().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "casework.incident.closed");
		return "redirect:/casework/incidents/" + id;
	}

	@PostMapping("/casework/incidents/{id}/case")
	String proposeCase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		long caseId = cases.proposeFromIncident(id, user);
		redirect.addFlashAttribute("flashSuccess", "casework.incident.proposed");
		return "redirect:/casework/cases/" + caseId + "/edit";
	}

	private static void addChoices(Model model) {
		model.addAttribute("origins", IncidentOrigin.values());
		model.addAttribute("intents", IncidentIntent.values());
		model.addAttribute("categories", SecretCategory.values());
		model.addAttribute("channels", LeakChannel.values());
		model.addAttribute("remedies", Remedy.values());
	}
}
