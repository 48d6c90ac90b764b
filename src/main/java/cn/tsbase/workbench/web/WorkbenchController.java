package cn.tsbase.workbench.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.workbench.internal.Workbench;

/**
 * The start page: what the platform is for the public; once logged in, the user's workbench (工作台) with what
 * awaits them, how many, by when, and a link to where each is done.
 */
@Controller
class WorkbenchController {

	private final Workbench workbench;

	WorkbenchController(Workbench workbench) {
		this.workbench = workbench;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user != null && !user.isRestricted()) {
			model.addAttribute("workbench", workbench.of(user));
		}
		return "home";
	}
}
