package cn.tsbase.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.account.internal.SecondFactorRemovals;
import cn.tsbase.shared.security.CurrentUser;

/** The security administrator decides the system administrator's requests to remove a lost second factor. */
@Controller
@RequestMapping("/security/second-factor-removals")
class SecondFactorRemovalController {

	private final SecondFactorRemovals removals;

	SecondFactorRemovalController(SecondFactorRemovals removals) {
		this.removals = removals;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("removals", removals.pending());
		return "account/second-factor-removals";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		removals.approve(id, version, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "secondFactorRemoval.approved");
		return "redirect:/security/second-factor-removals";
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		removals.reject(id, version, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "secondFactorRemoval.rejected");
		return "redirect:/security/second-factor-removals";
	}
}
