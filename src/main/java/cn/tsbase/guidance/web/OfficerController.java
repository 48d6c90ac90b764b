package cn.tsbase.guidance.web;

import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

import cn.tsbase.base.BaseManagement;
import cn.tsbase.guidance.internal.GuidanceOfficers;
import cn.tsbase.guidance.internal.OfficerView;
import cn.tsbase.guidance.web.GuidanceForms.AppointForm;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/** The district's guidance officers: the list with the appointment form, an officer's page with assignments. */
@Controller
class OfficerController {

	private final GuidanceOfficers officers;
	private final BaseManagement bases;

	OfficerController(GuidanceOfficers officers, BaseManagement bases) {
		this.officers = officers;
		this.bases = bases;
	}

	@GetMapping("/guidance/officers")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AppointForm.empty());
		}
		Page<OfficerView> found = officers.list(user,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), Sort.by("displayName").and(Sort.by("id"))));
		model.addAttribute("officers", found);
		model.addAttribute("links", PageLinks.of(found, "/guidance/officers", new LinkedMultiValueMap<>()));
		if (user.hasRole(Role.DISTRICT_OFFICER)) {
			model.addAttribute("appointable", officers.appointable(user));
		}
		return "guidance/officers";
	}

	@PostMapping("/guidance/officers")
	String appoint(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AppointForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(user, null, model);
		}
		long id = officers.appoint(form.accountId(), form.expertise().strip(), form.phone(), form.email(), user);
		redirect.addFlashAttribute("flashSuccess", "guidance.officer.appointed");
		return "redirect:/guidance/officers/" + id;
	}

	@GetMapping("/guidance/officers/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("officer", officers.find(id, user));
		model.addAttribute("assignments", officers.assignments(id, user));
		if (user.hasRole(Role.DISTRICT_OFFICER)) {
			model.addAttribute("bases",
					bases.ofDistrict(user.getDistrictCode(), PageRequest.of(0, 200, Sort.by("unitName"))).getContent());
		}
		return "guidance/officer";
	}

	@PostMapping("/guidance/officers/{id}/bases")
	String assignBase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long baseId, RedirectAttributes redirect) {
		if (baseId == null) {
			throw new InvalidRequestException("guidance.assignment.baseNotFound");
		}
		officers.assignBase(id, baseId, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.assignment.assigned");
		return "redirect:/guidance/officers/" + id;
	}

	@PostMapping("/guidance/officers/{id}/units")
	String assignUnit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String uscc, RedirectAttributes redirect) {
		officers.assignUnit(id, uscc.strip(), user);
		redirect.addFlashAttribute("flashSuccess", "guidance.assignment.assigned");
		return "redirect:/guidance/officers/" + id;
	}

	@PostMapping("/guidance/officers/{id}/assignments/{assignmentId}/end")
	String endAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long assignmentId, @RequestParam long version, RedirectAttributes redirect) {
		officers.endAssignment(id, assignmentId, version, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.assignment.ended");
		return "redirect:/guidance/officers/" + id;
	}
}
