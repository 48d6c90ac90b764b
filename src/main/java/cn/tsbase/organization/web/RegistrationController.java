package cn.tsbase.organization.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
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

import cn.tsbase.account.internal.PasswordPolicy;
import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.organization.internal.Registration;
import cn.tsbase.organization.internal.RegistrationRejectedException;
import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.security.SlidingWindowRateLimiter;

/** The public self-service registration of a unit (单位注册) with its first account. */
@Controller
@RequestMapping("/register")
class RegistrationController {

	static final Set<String> FIELDS = Set.of("name", "uscc", "unitTypeCode", "industryCode", "districtCode",
			"address", "postcode", "legalRepresentative", "headcount", "annualOutput", "contactPerson", "contactTitle",
			"contactMobile", "contactEmail", "username", "password", "confirmPassword");

	private final OrganizationService organization;
	private final SlidingWindowRateLimiter limiter;
	private final MessageSource messages;

	RegistrationController(OrganizationService organization, MessageSource messages, Clock clock,
			@Value("${tsbase.registration.per-ip-per-hour:20}") int perIpPerHour) {
		this.organization = organization;
		this.messages = messages;
		this.limiter = new SlidingWindowRateLimiter(perIpPerHour, Duration.ofHours(1), clock);
	}

	@ModelAttribute("minLength")
	int minLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping
	String showForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return "organization/register";
	}

	@PostMapping
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Registration rate limit");
		}
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (result.hasErrors()) {
			return "organization/register";
		}
		try {
			organization.register(new Registration(form.uscc(), form.districtCode(), form.toDetails(),
					form.username().trim(), form.password()));
		}
		catch (RegistrationRejectedException rejected) {
			ProblemBinding.bind(rejected.problems(), result, FIELDS);
			return "organization/register";
		}
		redirect.addFlashAttribute("flashSuccess", "registration.done");
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
