package cn.tsbase.operation.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
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

import cn.tsbase.operation.internal.AnnualPlans;
import cn.tsbase.operation.internal.BaseProfiles;
import cn.tsbase.operation.internal.ProfileEvidence;
import cn.tsbase.operation.internal.ProfileView;
import cn.tsbase.operation.internal.Standard;
import cn.tsbase.operation.internal.ZoneMembers;
import cn.tsbase.operation.web.ProfileForms.LeadershipForm;
import cn.tsbase.operation.web.ProfileForms.LiaisonForm;
import cn.tsbase.operation.web.ProfileForms.OfficeForm;
import cn.tsbase.operation.web.ProfileForms.RulesForm;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The base profile (示范基地档案): the list of the bases in the caller's scope with their missing standards, each
 * base's page, the unit's forms per standard, the district's confirmation of a new liaison officer.
 */
@Controller
class BaseProfileController {

	private static final Set<String> SORTABLE = Set.of("unitName", "batchYear", "updatedAt");

	private final BaseProfiles profiles;
	private final AnnualPlans plans;
	private final ZoneMembers members;
	private final ProfileEvidence evidence;

	BaseProfileController(BaseProfiles profiles, AnnualPlans plans, ZoneMembers members, ProfileEvidence evidence) {
		this.profiles = profiles;
		this.evidence = evidence;
		this.members = members;
		this.plans = plans;
	}

	@GetMapping("/operation/bases")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
		Page<ProfileView> found = profiles.list(user, Paging.of(page, Paging.DEFAULT_SIZE, sort, SORTABLE,
				Sort.by("unitName").and(Sort.by("id"))));
		var filters = new LinkedMultiValueMap<String, String>();
		filters.add("sort", sort);
		model.addAttribute("profiles", found);
		model.addAttribute("links", PageLinks.of(found, "/operation/bases", filters));
		model.addAttribute("standards", Standard.values());
		return Htmx.view(request, "operation/profiles", "results");
	}

	@GetMapping("/operation/bases/{baseId}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, Model model) {
		model.addAttribute("profile", profiles.find(baseId, user));
		model.addAttribute("revisions", profiles.revisions(baseId, user));
		model.addAttribute("plans", plans.ofBase(baseId, user));
		model.addAttribute("currentYear", plans.currentYear());
		model.addAttribute("zoneIndicators", members.indicatorsIfZone(baseId, user).orElse(null));
		model.addAttribute("evidence", evidence.of(baseId, user));
		return "operation/profile";
	}

	@GetMapping("/operation/bases/{baseId}/standards/{standard}")
	String showForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable String standard, Model model) {
		ProfileView profile = profiles.find(baseId, ownUnit(user));
		Standard which = standard(standard);
		model.addAttribute("form", switch (which) {
			case LEADERSHIP -> LeadershipForm.of(profile.leadership(), profile.version());
			case OFFICE -> OfficeForm.of(profile.office(), profile.version());
			case RULES -> RulesForm.of(profile.rules(), profile.version());
			case LIAISON -> LiaisonForm.of(profile.liaison(), profile.pendingLiaison(), profile.version());
			case ANNUAL_PLAN -> throw new NotFoundException("Standard " + standard);
		});
		return form(profile, which, model);
	}

	@PostMapping("/operation/bases/{baseId}/leadership")
	String updateLeadership(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@Valid @ModelAttribute("form") LeadershipForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(profiles.find(baseId, ownUnit(user)), Standard.LEADERSHIP, model);
		}
		profiles.updateLeadership(baseId, form.version(), form.toLeadership(), user);
		return saved(baseId, "operation.profile.saved", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/office")
	String updateOffice(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@Valid @ModelAttribute("form") OfficeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(profiles.find(baseId, ownUnit(user)), Standard.OFFICE, model);
		}
		profiles.updateOffice(baseId, form.version(), form.toOffice(), user);
		return saved(baseId, "operation.profile.saved", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/rules")
	String updateRules(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@Valid @ModelAttribute("form") RulesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(profiles.find(baseId, ownUnit(user)), Standard.RULES, model);
		}
		profiles.updateRules(baseId, form.version(), form.toRules(), user);
		return saved(baseId, "operation.profile.saved", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/liaison")
	String requestLiaison(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@Valid @ModelAttribute("form") LiaisonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(profiles.find(baseId, ownUnit(user)), Standard.LIAISON, model);
		}
		profiles.requestLiaison(baseId, form.version(), form.toLiaison(), user);
		return saved(baseId, "operation.liaison.requested", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/liaison/confirm")
	String confirmLiaison(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@RequestParam long version, RedirectAttributes redirect) {
		profiles.confirmLiaison(baseId, version, user);
		return saved(baseId, "operation.liaison.confirmed", redirect);
	}

	@PostMapping("/operation/bases/{baseId}/seen")
	String markSeen(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			RedirectAttributes redirect) {
		profiles.markSeen(baseId, user);
		return saved(baseId, "operation.profile.seenMarked", redirect);
	}

	private String form(ProfileView profile, Standard standard, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("standard", standard);
		return "operation/standard-edit";
	}

	private static String saved(long baseId, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", message);
		return "redirect:/operation/bases/" + baseId;
	}

	/** The unit's own people only: everyone else finds no form. */
	private static CurrentUser ownUnit(CurrentUser user) {
		if (user.getUnitId() == null) {
			throw new NotFoundException("No unit for " + user.getUsername());
		}
		return user;
	}

	private static Standard standard(String path) {
		return Standard.editableAt(path).orElseThrow(() -> new NotFoundException("Standard " + path));
	}
}
