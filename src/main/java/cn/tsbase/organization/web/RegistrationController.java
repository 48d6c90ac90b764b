package cn.tsbase.organization.web;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.account.PasswordRequirements;
import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.organization.internal.Registration;
import cn.tsbase.organization.internal.RegistrationRejectedException;
import cn.tsbase.shared.Uscc;

/**
 * The public self-service registration of a unit (单位注册) with its first account. Whether a credit code or a
 * username is taken is not said here: a valid form gets the same answer either way, and the contact a mail (ADR 0013).
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

	static final Set<String> FIELDS = Set.of("name", "uscc", "unitTypeCode", "industryCode", "districtCode",
			"address", "postcode", "legalRepresentative", "headcount", "annualOutput", "contactPerson", "contactTitle",
			"contactMobile", "contactEmail", "username", "password", "confirmPassword");

	private final OrganizationService organization;
	private final RegistrationRateLimit limit;
	private final MessageSource messages;

	RegistrationController(OrganizationService organization, RegistrationRateLimit limit, MessageSource messages) {
		this.organization = organization;
		this.limit = limit;
		this.messages = messages;
	}

	@ModelAttribute("minLength")
	int minLength() {
		return PasswordRequirements.MIN_LENGTH;
	}

	@GetMapping
	String showForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return "organization/register";
	}

	@PostMapping
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		limit.check(request);
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (result.hasErrors()) {
			return "organization/register";
		}
		try {
			organization.registerSelf(new Registration(form.uscc(), form.districtCode(), form.toDetails(),
					form.username().trim(), form.password()));
		}
		catch (RegistrationRejectedException rejected) {
			if (!rejected.revealsExistence()) {
				ProblemBinding.bind(rejected.problems(), result, FIELDS);
				return "organization/register";
			}
		}
		redirect.addFlashAttribute("flashSuccess", "registration.received");
		return "redirect:/login";
	}

	/** Live check of the credit code as the user types (htmx): the normalised code or what is wrong with it. */
	@PostMapping("/check-uscc")
	String checkUscc(@RequestParam(defaultValue = "") String uscc, Model model, Locale locale) {
		Uscc.Result parsed = Uscc.parse(uscc);
		model.addAttribute("usccValid", parsed.valid());
		model.addAttribute("usccMessage", parsed.valid()
				? messages.getMessage("unit.uscc.valid", new Object[] { parsed.uscc().get().value() }, locale)
				: messages.getMessage(parsed.problem().messageKey(), parsed.arguments(), locale));
		return "organization/register :: usccFeedback";
	}
}
