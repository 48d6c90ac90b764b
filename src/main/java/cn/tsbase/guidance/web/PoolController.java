package cn.tsbase.guidance.web;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.tsbase.guidance.internal.CultivationPool;
import cn.tsbase.guidance.internal.CultivationPoolEntries;
import cn.tsbase.guidance.internal.GuidanceOfficers;
import cn.tsbase.guidance.internal.PoolEntryView;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The district's cultivation pool (培育库): the list with the form to add a unit, each entry's notes and guidance
 * officer changed or the entry taken out (with the version the page showed: a stale one is refused with the reason),
 * and inviting the pool to a call.
 */
@Controller
class PoolController {

	private static final int MAX_NOTES = 2000;

	private final CultivationPool pool;
	private final CultivationPoolEntries entries;
	private final GuidanceOfficers officers;

	PoolController(CultivationPool pool, CultivationPoolEntries entries, GuidanceOfficers officers) {
		this.pool = pool;
		this.entries = entries;
		this.officers = officers;
	}

	record PoolForm(@NotBlank @Size(max = 18) String uscc, @Size(max = 100) String unitName,
			@NotBlank @Size(max = 1000) String reason, @Size(max = 2000) String notes, Long officerId) {

		static PoolForm empty() {
			return new PoolForm("", "", "", "", null);
		}
	}

	@GetMapping("/guidance/pool")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PoolForm.empty());
		}
		String query = q == null ? "" : q.strip();
		if (query.length() > 100) {
			throw new InvalidRequestException("guidance.pool.query.tooLong");
		}
		Page<PoolEntryView> found = pool.list(user, query,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), Sort.by("unitName").and(Sort.by("id"))));
		LinkedMultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		if (!query.isEmpty()) {
			filters.add("q", query);
		}
		model.addAttribute("entries", found);
		model.addAttribute("q", query);
		model.addAttribute("links", PageLinks.of(found, "/guidance/pool", filters));
		model.addAttribute("registerUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/register")
			.toUriString());
		if (user.hasRole(Role.DISTRICT_OFFICER)) {
			model.addAttribute("officers", officers.ofDistrict(user.getDistrictCode()));
			model.addAttribute("calls", pool.calls(user));
		}
		return "guidance/pool";
	}

	@PostMapping("/guidance/pool")
	String add(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PoolForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(user, null, null, model);
		}
		pool.add(form.uscc().strip(), form.unitName(), form.reason(), form.notes(), form.officerId(), user);
		redirect.addFlashAttribute("flashSuccess", "guidance.pool.added");
		return "redirect:/guidance/pool";
	}

	@PostMapping("/guidance/pool/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String notes, @RequestParam(required = false) Long officerId,
			@RequestParam long version, @RequestParam(required = false) String q, RedirectAttributes redirect) {
		if (notes != null && notes.strip().length() > MAX_NOTES) {
			throw new InvalidRequestException("guidance.pool.notes.tooLong");
		}
		entries.update(id, notes, officerId, version, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.pool.updated");
		return backToPool(q, redirect);
	}

	@PostMapping("/guidance/pool/{id}/removal")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String q, RedirectAttributes redirect) {
		entries.remove(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.pool.removed");
		return backToPool(q, redirect);
	}

	/** Back to the pool page, with the search the form was sent from (the query is encoded by the redirect). */
	private static String backToPool(String q, RedirectAttributes redirect) {
		if (q != null && !q.isBlank() && q.strip().length() <= 100) {
			redirect.addAttribute("q", q.strip());
		}
		return "redirect:/guidance/pool";
	}

	@PostMapping("/guidance/pool/invitations")
	String invite(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long callId,
			RedirectAttributes redirect) {
		if (callId == null) {
			throw new InvalidRequestException("guidance.pool.call.invalid");
		}
		int invited = pool.invite(callId, user);
		redirect.addFlashAttribute("flashSuccess", invited == 0 ? "guidance.pool.invitedNone" : "guidance.pool.invited");
		return "redirect:/guidance/pool";
	}
}
