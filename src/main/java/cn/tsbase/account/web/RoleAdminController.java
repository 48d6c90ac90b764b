package cn.tsbase.account.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.account.AccountKind;
import cn.tsbase.account.AccountView;
import cn.tsbase.account.internal.AccountLocks;
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.account.internal.RoleAssignments;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;

/** The security administrator's role grants (角色授权) and unlocking of locked accounts. */
@Controller
@RequestMapping("/security/accounts")
class RoleAdminController {

	private final AccountService accounts;
	private final RoleAssignments grants;
	private final AccountLocks locks;

	RoleAdminController(AccountService accounts, RoleAssignments grants, AccountLocks locks) {
		this.accounts = accounts;
		this.grants = grants;
		this.locks = locks;
	}

	@ModelAttribute
	void lists(Model model) {
		model.addAttribute("kinds", AccountKind.values());
		model.addAttribute("allRoles", Role.values());
	}

	@GetMapping
	String list(AccountListQuery query, HttpServletRequest request, Model model) {
		Page<AccountView> page = accounts.search(query.q(), query.kind(), query.enabled(), query.pageable());
		model.addAttribute("query", query);
		model.addAttribute("accounts", page);
		model.addAttribute("links", PageLinks.of(page, "/security/accounts", query.filters()));
		model.addAttribute("basePath", "/security/accounts");
		return Htmx.view(request, "account/list", "results");
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("account", accounts.get(id));
		model.addAttribute("locked", locks.isLocked(id));
		return "account/roles";
	}

	@PostMapping("/{id}/roles")
	String assignRoles(@PathVariable long id, @RequestParam long version,
			@RequestParam(name = "roles", required = false) List<Role> roles, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Set<Role> newRoles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		try {
			grants.assignRoles(id, version, newRoles, user.getUsername());
		}
		catch (StateConflictException refused) {
			model.addAttribute("account", accounts.get(id));
			model.addAttribute("locked", locks.isLocked(id));
			model.addAttribute("roleError", refused.messageKey());
			return "account/roles";
		}
		redirect.addFlashAttribute("flashSuccess", "role.saved");
		return "redirect:/security/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		locks.unlock(id, version);
		redirect.addFlashAttribute("flashSuccess", "account.unlocked");
		return "redirect:/security/accounts/" + id;
	}
}
