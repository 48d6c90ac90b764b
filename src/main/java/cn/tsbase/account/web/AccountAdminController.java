package cn.tsbase.account.web;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

import cn.tsbase.account.AccountKind;
import cn.tsbase.account.AccountRejectedException;
import cn.tsbase.account.AccountView;
import cn.tsbase.account.internal.AccountCreation;
import cn.tsbase.account.internal.AccountService;
import cn.tsbase.account.internal.PasswordResets;
import cn.tsbase.account.internal.SecondFactorEnrollments;
import cn.tsbase.account.internal.SecondFactorRemovals;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;

/**
 * The system administrator's account management (账户管理): create, disable, re-enable; a password reset mails a
 * link to the owner (the administrator never sees a password), and removing a lost second factor is a request the
 * security administrator decides.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private final AccountService accounts;
	private final AccountCreation creation;
	private final ReferenceData referenceData;
	private final SecondFactorEnrollments secondFactors;
	private final SecondFactorRemovals removals;
	private final PasswordResets resets;
	private final String baseUrl;

	AccountAdminController(AccountService accounts, AccountCreation creation, ReferenceData referenceData, SecondFactorEnrollments secondFactors,
			SecondFactorRemovals removals, PasswordResets resets,
			@Value("${tsbase.mail.base-url:}") String baseUrl) {
		this.accounts = accounts;
		this.creation = creation;
		this.referenceData = referenceData;
		this.secondFactors = secondFactors;
		this.removals = removals;
		this.resets = resets;
		this.baseUrl = baseUrl;
	}

	@ModelAttribute
	void referenceLists(Model model) {
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		model.addAttribute("kinds", AccountKind.values());
	}

	@GetMapping
	String list(AccountListQuery query, HttpServletRequest request, Model model) {
		Page<AccountView> page = accounts.search(query.q(), query.kind(), query.enabled(), query.pageable());
		model.addAttribute("query", query);
		model.addAttribute("accounts", page);
		model.addAttribute("links", PageLinks.of(page, "/admin/accounts", query.filters()));
		model.addAttribute("basePath", "/admin/accounts");
		return Htmx.view(request, "account/list", "results");
	}

	@GetMapping("/new")
	String showNewForm(Model model) {
		model.addAttribute("form", NewAccountForm.empty());
		return "account/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, Model model) {
		if (form.kind() == AccountKind.UNIT) {
			result.rejectValue("kind", "account.kind.unitRefused");
		}
		if (result.hasErrors()) {
			return "account/new";
		}
		try {
			AccountCreation.CreatedAccount created = creation.createAndSendActivation(form.username().trim(),
					form.displayName().trim(), blankToNull(form.email()), blankToNull(form.mobile()), form.kind(),
					form.districtOrNull());
			model.addAttribute("account", created.account());
			model.addAttribute("activation", created.activation());
			return "account/activation-sent";
		}
		catch (AccountRejectedException rejected) {
			rejected.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
			return "account/new";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("account", accounts.get(id));
		model.addAttribute("secondFactorEnrolledAt", secondFactors.enrolledAt(id).orElse(null));
		model.addAttribute("pendingRemoval", removals.pendingOf(id).orElse(null));
		return "account/detail";
	}

	@PostMapping("/{id}/second-factor-removal")
	String requestSecondFactorRemoval(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String trimmed = reason.strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			redirect.addFlashAttribute("flashError", "secondFactorRemoval.reason.required");
			return "redirect:/admin/accounts/" + id;
		}
		removals.request(id, version, trimmed, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "secondFactorRemoval.requested");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		accounts.disable(id, version);
		redirect.addFlashAttribute("flashSuccess", "account.disabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		accounts.enable(id, version);
		redirect.addFlashAttribute("flashSuccess", "account.enabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		PasswordResets.ResetRequested requested = resets.request(id, version, platformUrl());
		redirect.addFlashAttribute("resetSentTo", requested.maskedEmail());
		return "redirect:/admin/accounts/" + id;
	}

	/** The configured address of the platform, or the one this request reached it by. */
	private String platformUrl() {
		return StringUtils.hasText(baseUrl) ? baseUrl
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
