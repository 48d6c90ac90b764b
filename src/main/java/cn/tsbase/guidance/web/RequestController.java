package cn.tsbase.guidance.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

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

import cn.tsbase.guidance.internal.GuidanceMode;
import cn.tsbase.guidance.internal.GuidanceOfficers;
import cn.tsbase.guidance.internal.GuidanceRequests;
import cn.tsbase.guidance.internal.RequestStatus;
import cn.tsbase.guidance.internal.RequestView;
import cn.tsbase.guidance.web.GuidanceForms.RequestForm;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/** Guidance requests: the unit asks (form on the list), the district assigns, everyone concerned sees who and when. */
@Controller
class RequestController {

	private final GuidanceRequests requests;
	private final GuidanceOfficers officers;
	private final ReferenceData referenceData;

	RequestController(GuidanceRequests requests, GuidanceOfficers officers, ReferenceData referenceData) {
		this.requests = requests;
		this.officers = officers;
		this.referenceData = referenceData;
	}

	@GetMapping("/guidance/requests")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) Integer page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RequestForm.empty());
		}
		Set<RequestStatus> statuses = status == null ? EnumSet.allOf(RequestStatus.class) : EnumSet.of(status);
		Page<RequestView> found = requests.list(user, statuses, Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "requestedAt").and(Sort.by(Sort.Direction.DESC, "id"))));
		LinkedMultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		if (status != null) {
			filters.add("status", status.name());
		}
		model.addAttribute("requests", found);
		model.addAttribute("links", PageLinks.of(found, "/guidance/requests", filters));
		model.addAttribute("status", status);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("modes", GuidanceMode.values());
		model.addAttribute("topics", referenceData.active(ReferenceCategory.GUIDANCE_TOPIC));
		model.addAttribute("topicLabels", TopicLabels.of(referenceData));
		return "guidance/requests";
	}

	@PostMapping("/guidance/requests")
	String submit(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") RequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("topics") && form.topics().stream()
			.anyMatch(t -> !referenceData.isActive(ReferenceCategory.GUIDANCE_TOPIC, t))) {
			result.rejectValue("topics", "guidance.request.topics.invalid");
		}
		if (result.hasErrors()) {
			return list(user, null, null, model);
		}
		long id = requests.submit(form.topics(), form.mode(), form.description(), user);
		redirect.addFlashAttribute("flashSuccess", "guidance.request.submitted");
		return "redirect:/guidance/requests/" + id;
	}

	@GetMapping("/guidance/requests/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("request", requests.find(id, user));
		model.addAttribute("topicLabels", TopicLabels.of(referenceData));
		if (user.hasRole(Role.DISTRICT_OFFICER)) {
			model.addAttribute("officers", officers.ofDistrict(user.getDistrictCode()));
		}
		return "guidance/request";
	}

	@PostMapping("/guidance/requests/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long officerId, @RequestParam(required = false) LocalDate plannedOn,
			@RequestParam long version, RedirectAttributes redirect) {
		if (officerId == null) {
			throw new InvalidRequestException("guidance.request.officer.invalid");
		}
		if (plannedOn == null) {
			throw new InvalidRequestException("guidance.request.plannedOn.required");
		}
		requests.assign(id, officerId, plannedOn, version, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.request.assigned");
		return "redirect:/guidance/requests/" + id;
	}
}
