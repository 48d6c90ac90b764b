package cn.tsbase.guidance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

import cn.tsbase.guidance.internal.AssignmentView;
import cn.tsbase.guidance.internal.CheckedItem;
import cn.tsbase.guidance.internal.FollowUpView;
import cn.tsbase.guidance.internal.FollowUps;
import cn.tsbase.guidance.internal.GuidanceMode;
import cn.tsbase.guidance.internal.GuidanceOfficers;
import cn.tsbase.guidance.internal.GuidanceRequests;
import cn.tsbase.guidance.internal.GuidanceVisits;
import cn.tsbase.guidance.internal.RequestView;
import cn.tsbase.guidance.internal.VisitEvidence;
import cn.tsbase.guidance.internal.VisitView;
import cn.tsbase.guidance.web.GuidanceForms.VisitForm;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The guidance officer's workbench, visit records (the officer records, the unit confirms or comments) and the
 * follow-ups of their recommendations (the unit reports, the officer closes or reopens).
 */
@Controller
class VisitController {

	private final GuidanceVisits visits;
	private final FollowUps followUps;
	private final GuidanceRequests requests;
	private final GuidanceOfficers officers;
	private final ReferenceData referenceData;
	private final Clock clock;
	private final VisitEvidence evidence;

	VisitController(GuidanceVisits visits, FollowUps followUps, GuidanceRequests requests, GuidanceOfficers officers,
			ReferenceData referenceData, Clock clock, VisitEvidence evidence) {
		this.visits = visits;
		this.followUps = followUps;
		this.requests = requests;
		this.officers = officers;
		this.referenceData = referenceData;
		this.clock = clock;
		this.evidence = evidence;
	}

	@GetMapping("/guidance/workbench")
	String workbench(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("units", officers.myUnits(user));
		model.addAttribute("due", requests.due(user));
		model.addAttribute("followUps", followUps.list(user, true, false,
				PageRequest.of(0, 20, Sort.by("dueOn").and(Sort.by("id")))));
		model.addAttribute("today", LocalDate.now(clock));
		return "guidance/workbench";
	}

	@GetMapping("/guidance/visits")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, Model model) {
		int chosen = year == null || year < 2000 || year > 2100 ? 0 : year;
		Page<VisitView> found = visits.list(user, chosen, Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "visitedOn").and(Sort.by(Sort.Direction.DESC, "id"))));
		LinkedMultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		if (chosen != 0) {
			filters.add("year", String.valueOf(chosen));
		}
		model.addAttribute("visits", found);
		model.addAttribute("links", PageLinks.of(found, "/guidance/visits", filters));
		model.addAttribute("year", chosen == 0 ? null : chosen);
		if (!user.hasRole(Role.APPLICANT) && !user.hasRole(Role.LIAISON)) {
			model.addAttribute("perBase", visits.perBaseAndYear(user, chosen));
		}
		return "guidance/visits";
	}

	@GetMapping("/guidance/visits/new")
	String showForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long requestId, Model model) {
		GuidanceMode mode = GuidanceMode.ON_SITE;
		if (requestId != null) {
			RequestView request = requests.find(requestId, user);
			unitId = request.unitId();
			mode = request.mode();
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", VisitForm.empty(unitId, requestId, mode));
		}
		List<AssignmentView> units = officers.myUnits(user);
		model.addAttribute("units", units);
		model.addAttribute("modes", GuidanceMode.values());
		model.addAttribute("checkedItems", CheckedItem.values());
		model.addAttribute("topics", referenceData.active(ReferenceCategory.GUIDANCE_TOPIC));
		model.addAttribute("topicLabels", TopicLabels.of(referenceData));
		return "guidance/visit-new";
	}

	@PostMapping("/guidance/visits")
	String record(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") VisitForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		int missing = form.firstRecommendationWithoutDueDay();
		if (missing >= 0) {
			result.rejectValue("recommendations[" + missing + "].dueOn", "guidance.visit.recommendation.dueOn.required");
		}
		if (result.hasErrors()) {
			return showForm(user, form.unitId(), null, model);
		}
		long id = visits.record(form.unitId(), form.requestId(), form.toRecord(), user);
		redirect.addFlashAttribute("flashSuccess", "guidance.visit.recorded");
		return "redirect:/guidance/visits/" + id;
	}

	@GetMapping("/guidance/visits/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("visit", visits.find(id, user));
		model.addAttribute("followUps", visits.followUps(id, user));
		model.addAttribute("evidence", evidence.list(id, user));
		model.addAttribute("topicLabels", TopicLabels.of(referenceData));
		return "guidance/visit";
	}

	@PostMapping("/guidance/visits/{id}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		visits.confirm(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.visit.confirmed");
		return "redirect:/guidance/visits/" + id;
	}

	@PostMapping("/guidance/visits/{id}/comment")
	String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		visits.comment(id, version, required(comment, 1000, "guidance.visit.comment.required"), user);
		redirect.addFlashAttribute("flashSuccess", "guidance.visit.commented");
		return "redirect:/guidance/visits/" + id;
	}

	@GetMapping("/guidance/follow-ups")
	String followUps(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "open") String show,
			@RequestParam(required = false) Integer page, Model model) {
		boolean overdue = "overdue".equals(show);
		boolean open = overdue || "open".equals(show);
		Page<FollowUpView> found = followUps.list(user, open, overdue, Paging.of(page, Paging.DEFAULT_SIZE, null,
				Set.of(), Sort.by("dueOn").and(Sort.by("id"))));
		LinkedMultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("show", overdue ? "overdue" : open ? "open" : "all");
		model.addAttribute("followUps", found);
		model.addAttribute("links", PageLinks.of(found, "/guidance/follow-ups", filters));
		model.addAttribute("show", overdue ? "overdue" : open ? "open" : "all");
		return "guidance/follow-ups";
	}

	@PostMapping("/guidance/follow-ups/{id}/report")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String report, RedirectAttributes redirect) {
		long visitId = followUps.report(id, version, required(report, 2000, "guidance.followUp.report.required"), user);
		redirect.addFlashAttribute("flashSuccess", "guidance.followUp.reported");
		return "redirect:/guidance/visits/" + visitId;
	}

	@PostMapping("/guidance/follow-ups/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		if (note.length() > 1000) {
			throw new InvalidRequestException("guidance.followUp.note.required");
		}
		long visitId = followUps.close(id, version, note, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.followUp.closed");
		return "redirect:/guidance/visits/" + visitId;
	}

	@PostMapping("/guidance/follow-ups/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		long visitId = followUps.reopen(id, version, required(note, 1000, "guidance.followUp.note.required"), user);
		redirect.addFlashAttribute("flashSuccess", "guidance.followUp.reopened");
		return "redirect:/guidance/visits/" + visitId;
	}

	private static String required(String value, int max, String messageKey) {
		if (value.isBlank() || value.length() > max) {
			throw new InvalidRequestException(messageKey);
		}
		return value;
	}
}
