package cn.tsbase.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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

import cn.tsbase.account.FieldProblem;
import cn.tsbase.account.internal.PasswordPolicy;
import cn.tsbase.account.internal.PasswordService;
import cn.tsbase.shared.security.CurrentUser;

/** Every user changes their own password here; users with an initial or expired password are sent here first. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final PasswordService passwords;

	PasswordController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@ModelAttribute("minLength")
	int minLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping
	String showForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		model.addAttribute("forced", user.isPasswordChangeRequired());
		return "account/password";
	}

	@PostMapping
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		model.addAttribute("forced", user.isPasswordChangeRequired());
		if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		List<FieldProblem> problems = passwords.change(user.getUsername(), form.currentPassword(),
				form.newPassword(), request.getSession().getId());
		if (!problems.isEmpty()) {
			problems.forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
			return "account/password";
		}
		SessionPrincipals.replace(user.withPasswordChanged(), request);
		redirect.addFlashAttribute("flashSuccess", "password.changed");
		return "redirect:/";
	}
}
