package cn.tsbase.organization.web;

import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.organization.UnitView;
import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.organization.internal.RegistrationRejectedException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;

/** A unit's own profile (单位信息): its people see it, the applicant account edits it. */
@Controller
@RequestMapping("/unit/profile")
class UnitProfileController {

	private static final Set<String> FIELDS = Set.of("name", "unitTypeCode", "industryCode", "address", "postcode",
			"legalRepresentative", "headcount", "annualOutput", "contactPerson", "contactTitle", "contactMobile",
			"contactEmail");

	private final OrganizationService organization;

	UnitProfileController(OrganizationService organization) {
		this.organization = organization;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		long unitId = ownUnit(user);
		model.addAttribute("unit", organization.get(unitId, user.scope()));
		model.addAttribute("revisions", organization.revisions(unitId, user.scope()));
		return "organization/profile";
	}

	@GetMapping("/edit")
	String showEditForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		UnitView unit = organization.get(ownUnit(user), user.scope());
		model.addAttribute("unit", unit);
		model.addAttribute("form", ProfileForm.of(unit));
		return "organization/profile-edit";
	}

	@PostMapping
	String update(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long unitId = ownUnit(user);
		if (!result.hasErrors()) {
			try {
				var changes = organization.updateProfile(unitId, form.version(), form.toDetails(), user.scope(),
						user.getUsername());
				redirect.addFlashAttribute("flashSuccess",
						changes.isEmpty() ? "profile.unchanged" : "profile.saved");
				return "redirect:/unit/profile";
			}
			catch (RegistrationRejectedException rejected) {
				ProblemBinding.bind(rejected.problems(), result, FIELDS);
			}
		}
		model.addAttribute("unit", organization.get(unitId, user.scope()));
		return "organization/profile-edit";
	}

	private static long ownUnit(CurrentUser user) {
		if (user.getUnitId() == null) {
			throw new NotFoundException("No unit for " + user.getUsername());
		}
		return user.getUnitId();
	}
}
