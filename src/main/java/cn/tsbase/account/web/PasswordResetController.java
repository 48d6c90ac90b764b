package cn.tsbase.account.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tsbase.account.internal.PasswordPolicy;
import cn.tsbase.account.internal.PasswordResets;
import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.shared.security.RateLimiter;
import cn.tsbase.shared.security.RateLimiters;

/**
 * The owner of an account sets a new password with the one-time link mailed to them. Open to anyone who holds a
 * link; limited per client address. A wrong, used or expired link answers 410.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

	private final PasswordResets resets;
	private final RateLimiter limiter;

	PasswordResetController(PasswordResets resets, RateLimiters rateLimiters,
			@Value("${tsbase.security.password-reset.per-ip-per-hour:30}") int perIpPerHour) {
		this.resets = resets;
		this.limiter = rateLimiters.limiter("password-reset", perIpPerHour, Duration.ofHours(1));
	}

	@ModelAttribute("minLength")
	int minLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping
	String showForm(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		throttle(request);
		var username = resets.usernameFor(token);
		if (username.isEmpty()) {
			return invalid(response, model);
		}
		model.addAttribute("username", username.get());
		model.addAttribute("form", new PasswordResetForm(token, "", ""));
		return "account/password-reset";
	}

	@PostMapping
	String setPassword(@Valid @ModelAttribute("form") PasswordResetForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		throttle(request);
		var username = resets.usernameFor(form.token());
		if (username.isEmpty()) {
			return invalid(response, model);
		}
		model.addAttribute("username", username.get());
		if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (result.hasErrors()) {
			return "account/password-reset";
		}
		PasswordResets.Outcome outcome = resets.complete(form.token(), form.newPassword());
		if (!outcome.linkValid()) {
			return invalid(response, model);
		}
		if (!outcome.done()) {
			outcome.problems()
				.forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
			return "account/password-reset";
		}
		return "redirect:/login?reset";
	}

	private void throttle(HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Password reset rate limit");
		}
	}

	private static String invalid(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_GONE);
		model.addAttribute("linkInvalid", true);
		return "account/password-reset";
	}
}
