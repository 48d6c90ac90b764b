package cn.tsbase.declaration.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.declaration.CallView;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.internal.DeclarationFiles;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.shared.RichText;
import cn.tsbase.shared.security.CurrentUser;

/** Calls for applications (申报通知): district officers publish for their district, the municipal bureau for all. */
@Controller
@RequestMapping("/calls")
class CallController {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final DeclarationService declarations;
	private final DeclarationFiles files;
	private final Clock clock;

	CallController(DeclarationService declarations, DeclarationFiles files, Clock clock) {
		this.declarations = declarations;
		this.files = files;
		this.clock = clock;
	}

	@ModelAttribute("baseTypes")
	BaseType[] baseTypes() {
		return BaseType.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("calls", declarations.calls(user));
		model.addAttribute("now", clock.instant());
		return "declaration/calls";
	}

	@GetMapping("/new")
	String showForm(Model model) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(BEIJING));
		model.addAttribute("form", CallForm.defaults(now.getYear(), now));
		return "declaration/call-form";
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CallForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (form.opensAt() != null && form.closesAt() != null && !form.closesAt().isAfter(form.opensAt())) {
			result.rejectValue("closesAt", "call.closesBeforeOpens");
		}
		if (result.hasErrors()) {
			return "declaration/call-form";
		}
		CallView call = declarations.createCall(new NewCall(form.title().strip(), form.year(), form.baseTypes(),
				RichText.sanitize(form.requirements()), form.opensAt().atZone(BEIJING).toInstant(),
				form.closesAt().atZone(BEIJING).toInstant(), form.quotaPoints(), form.quotaZones()), user);
		redirect.addFlashAttribute("flashSuccess", "call.published");
		return "redirect:/calls/" + call.id();
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CallView call = declarations.call(id, user);
		model.addAttribute("call", call);
		model.addAttribute("templates", files.templates(id));
		model.addAttribute("canEditTemplates", user.scope().isAll() ? call.isMunicipal()
				: call.districtCode() != null && call.districtCode().equals(user.getDistrictCode())
						&& user.hasRole(cn.tsbase.shared.security.Role.DISTRICT_OFFICER));
		model.addAttribute("now", clock.instant());
		return "declaration/call";
	}
}
