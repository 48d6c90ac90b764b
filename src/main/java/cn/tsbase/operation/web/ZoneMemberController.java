package cn.tsbase.operation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.operation.internal.BaseProfiles;
import cn.tsbase.operation.internal.MemberView;
import cn.tsbase.operation.internal.ZoneMemberImport;
import cn.tsbase.operation.internal.ZoneMembers;
import cn.tsbase.operation.web.MemberForms.AddForm;
import cn.tsbase.operation.web.MemberForms.DetailsForm;
import cn.tsbase.operation.web.MemberForms.RemoveForm;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Downloads;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * A zone's member units (成员单位): the list with the four computed indicators, and for the unit's own people adding by
 * credit code, changing, removing with a date, importing from Excel (all or nothing, problems by row) and exporting.
 */
@Controller
class ZoneMemberController {

	private static final long MAX_IMPORT_BYTES = 2 * 1024 * 1024;

	private final ZoneMembers members;
	private final BaseProfiles profiles;
	private final MessageSource messages;

	ZoneMemberController(ZoneMembers members, BaseProfiles profiles, MessageSource messages) {
		this.members = members;
		this.profiles = profiles;
		this.messages = messages;
	}

	@GetMapping("/operation/bases/{baseId}/members")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@RequestParam(required = false) Integer page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AddForm.empty());
		}
		Page<MemberView> found = members.list(baseId, user,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), ZoneMembers.ORDER));
		model.addAttribute("profile", profiles.find(baseId, user));
		model.addAttribute("indicators", members.indicators(baseId, user));
		model.addAttribute("members", found);
		model.addAttribute("links",
				PageLinks.of(found, "/operation/bases/" + baseId + "/members", new LinkedMultiValueMap<>()));
		return "operation/members";
	}

	@PostMapping("/operation/bases/{baseId}/members")
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@Valid @ModelAttribute("form") AddForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			members.add(baseId, form.uscc(), form.name(), user)
				.refused()
				.ifPresent(r -> result.rejectValue(r.field(), r.messageKey(), r.arguments(), r.messageKey()));
		}
		if (result.hasErrors()) {
			return list(user, baseId, null, model);
		}
		redirect.addFlashAttribute("flashSuccess", "operation.member.added");
		return "redirect:/operation/bases/" + baseId + "/members";
	}

	@GetMapping("/operation/bases/{baseId}/members/{memberId}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable long memberId,
			Model model) {
		MemberView member = members.member(baseId, memberId, user)
			.orElseThrow(() -> new NotFoundException("Member " + memberId));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DetailsForm.of(member));
		}
		if (!model.containsAttribute("removeForm")) {
			model.addAttribute("removeForm", new RemoveForm(null, member.version()));
		}
		model.addAttribute("profile", profiles.find(baseId, user));
		model.addAttribute("member", member);
		model.addAttribute("year", members.currentYear());
		return "operation/member-edit";
	}

	@PostMapping("/operation/bases/{baseId}/members/{memberId}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable long memberId,
			@Valid @ModelAttribute("form") DetailsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return edit(user, baseId, memberId, model);
		}
		members.update(baseId, memberId, form.version(), form.toDetails(members.currentYear()), user);
		redirect.addFlashAttribute("flashSuccess", "operation.member.saved");
		return "redirect:/operation/bases/" + baseId + "/members";
	}

	@PostMapping("/operation/bases/{baseId}/members/{memberId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable long memberId,
			@Valid @ModelAttribute("removeForm") RemoveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return edit(user, baseId, memberId, model);
		}
		members.remove(baseId, memberId, form.version(), form.removedOn(), user);
		redirect.addFlashAttribute("flashSuccess", "operation.member.removed");
		return "redirect:/operation/bases/" + baseId + "/members";
	}

	@PostMapping("/operation/bases/{baseId}/members/import")
	String importMembers(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		ZoneMembers.ImportResult result;
		String fileName = file.getOriginalFilename();
		if (file.isEmpty() || file.getSize() > MAX_IMPORT_BYTES || fileName == null
				|| !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			// the zone is checked as for a readable file; an empty stream is reported unreadable
			result = members.importMembers(baseId, InputStream.nullInputStream(), user);
		}
		else {
			try (InputStream in = file.getInputStream()) {
				result = members.importMembers(baseId, in, user);
			}
		}
		if (!result.ok()) {
			model.addAttribute("importProblems", result.problems());
			return list(user, baseId, null, model);
		}
		redirect.addFlashAttribute("flashSuccess", "operation.memberImport.done");
		return "redirect:/operation/bases/" + baseId + "/members";
	}

	@GetMapping("/operation/bases/{baseId}/members/template.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId) {
		members.indicators(baseId, user);
		return Downloads.of(Spreadsheets.write("成员单位", ZoneMemberImport.HEADERS, List.of()), "成员单位导入模板.xlsx",
				Downloads.XLSX);
	}

	@GetMapping("/operation/bases/{baseId}/members.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			Locale locale) {
		List<MemberView> found = members.export(baseId, user);
		int year = members.currentYear();
		List<String> headers = List.of(msg("operation.member.name", locale), msg("operation.member.uscc", locale),
				msg("operation.member.registered", locale), msg("operation.member.hasRules", locale),
				msg("operation.member.rulesOn", locale), msg("operation.member.rulesDocument", locale),
				msg("operation.member.otherTrainedIn", locale, year),
				msg("operation.member.trainedInActivities", locale, year), msg("operation.member.cultivated", locale),
				msg("operation.member.removedOn", locale));
		List<List<Object>> rows = found.stream()
			.map(m -> List.<Object>of(m.name(), m.uscc(), yesNo(m.registered(), locale), yesNo(m.hasRules(), locale),
					text(m.rulesOn()), text(m.rulesDocument()), m.trainedThisYear(), m.trainedInActivities(),
					yesNo(m.cultivated(), locale),
					text(m.removedOn())))
			.toList();
		return Downloads.of(Spreadsheets.write(msg("operation.members.title", locale), headers, rows),
				"成员单位-" + baseId + ".xlsx", Downloads.XLSX);
	}

	private String yesNo(boolean value, Locale locale) {
		return msg(value ? "operation.member.yes" : "operation.member.no", locale);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private String msg(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
