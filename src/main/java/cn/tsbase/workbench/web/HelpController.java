package cn.tsbase.workbench.web;

import java.util.EnumSet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.workbench.HelpTopics;

/**
 * Help (帮助): for each role the user holds, the procedure in steps and the questions people ask, with the bureau's
 * contact from configuration; the public (and users without a role) get the help for visitors.
 */
@Controller
@EnableConfigurationProperties(HelpContact.class)
class HelpController {

	private final HelpContact contact;

	HelpController(HelpContact contact) {
		this.contact = contact;
	}

	@GetMapping("/help")
	String help(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("topics",
				HelpTopics.forRoles(user == null ? EnumSet.noneOf(Role.class) : user.getRoles()));
		model.addAttribute("contact", contact);
		return "workbench/help";
	}
}
