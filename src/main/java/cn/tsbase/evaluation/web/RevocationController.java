package cn.tsbase.evaluation.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.base.BaseView;
import cn.tsbase.evaluation.internal.RevocationStatus;
import cn.tsbase.evaluation.internal.RevocationTriggers;
import cn.tsbase.evaluation.internal.RevocationView;
import cn.tsbase.evaluation.internal.Revocations;
import cn.tsbase.evaluation.internal.TriggerKind;
import cn.tsbase.evaluation.internal.TriggerStatus;
import cn.tsbase.evaluation.internal.TriggerView;
import cn.tsbase.evaluation.web.RectificationForms.DropForm;
import cn.tsbase.evaluation.web.RectificationForms.ProposalForm;
import cn.tsbase.evaluation.web.RectificationForms.ResponseForm;
import cn.tsbase.evaluation.web.RectificationForms.RevokeForm;
import cn.tsbase.evaluation.web.RectificationForms.TriggerForm;
import cn.tsbase.evaluation.web.RectificationForms.WithdrawalForm;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * Revocation (摘牌) and dynamic management: the flagged grounds (detected or recorded by an officer), the municipal
 * bureau's proposal, the unit's response, the decision (revoke under a document number, or drop), and the unit's
 * voluntary withdrawal. Scoped in the queries; URL rules sort the roles.
 */
@Controller
class RevocationController {

	/** The most bases offered in a select (the district's or the city's active bases, by name). */
	private static final int BASE_CHOICES = 1000;

	private final RevocationTriggers triggers;
	private final Revocations revocations;
	private final BaseManagement bases;
	private final ReferenceData referenceData;

	RevocationController(RevocationTriggers triggers, Revocations revocations, BaseManagement bases,
			ReferenceData referenceData) {
		this.triggers = triggers;
		this.revocations = revocations;
		this.bases = bases;
		this.referenceData = referenceData;
	}

	@GetMapping("/evaluation/revocation-triggers")
	String triggers(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) TriggerStatus status,
			@RequestParam(required = false) TriggerKind kind, @RequestParam(required = false) String district,
			@RequestParam(required = false) Integer page, Model model) {
		Page<TriggerView> found = triggers.list(new RevocationTriggers.Filter(status, kind, district), user,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(),
						Sort.by(Sort.Direction.DESC, "recordedAt").and(Sort.by("id"))));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		if (status != null) {
			filters.add("status", status.name());
		}
		if (kind != null) {
			filters.add("kind", kind.name());
		}
		if (district != null && !district.isBlank()) {
			filters.add("district", district);
		}
		model.addAttribute("triggers", found);
		model.addAttribute("links", PageLinks.of(found, "/evaluation/revocation-triggers", filters));
		model.addAttribute("statuses", TriggerStatus.values());
		model.addAttribute("kinds", TriggerKind.values());
		model.addAttribute("officerKinds", List.of(TriggerKind.values())
			.stream()
			.filter(TriggerKind::isRecordedByOfficer)
			.toList());
		model.addAttribute("status", status);
		model.addAttribute("kind", kind);
		model.addAttribute("district", district);
		if (user.hasRole(Role.DISTRICT_OFFICER) || user.hasRole(Role.MUNICIPAL_OFFICER)) {
			model.addAttribute("bases", activeBases(user));
		}
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		return "evaluation/revocation-triggers";
	}

	@PostMapping("/evaluation/revocation-triggers")
	String record(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute TriggerForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "rectification.formInvalid");
			return "redirect:/evaluation/revocation-triggers";
		}
		triggers.record(form.baseId(), form.kind(), form.detail().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "revocation.trigger.recorded");
		return "redirect:/evaluation/revocation-triggers";
	}

	@GetMapping("/evaluation/revocations")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) RevocationStatus status,
			@RequestParam(required = false) String district, @RequestParam(required = false) Integer page,
			Model model) {
		Page<RevocationView> found = revocations.list(new Revocations.Filter(status, district), user,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(),
						Sort.by(Sort.Direction.DESC, "proposedOn").and(Sort.by(Sort.Direction.DESC, "id"))));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		if (status != null) {
			filters.add("status", status.name());
		}
		if (district != null && !district.isBlank()) {
			filters.add("district", district);
		}
		model.addAttribute("revocations", found);
		model.addAttribute("links", PageLinks.of(found, "/evaluation/revocations", filters));
		model.addAttribute("statuses", RevocationStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("district", district);
		boolean unit = user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON);
		model.addAttribute("ownBases", unit && user.getUnitId() != null ? bases.ofUnit(user.getUnitId())
			.stream()
			.filter(b -> b.status() == BaseStatus.ACTIVE)
			.toList() : List.of());
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		return "evaluation/revocations";
	}

	@GetMapping("/evaluation/revocations/new")
	String proposal(@AuthenticationPrincipal CurrentUser user, @RequestParam long baseId, Model model) {
		BaseView base = bases.find(baseId, user.scope()).orElseThrow(() -> new NotFoundException("Base " + baseId));
		List<TriggerView> grounds = triggers.openOf(baseId);
		model.addAttribute("base", base);
		model.addAttribute("grounds", grounds);
		model.addAttribute("defaultGrounds", String.join("\n", grounds.stream().map(TriggerView::detail).toList()));
		model.addAttribute("defaultDays", Revocations.DEFAULT_RESPONSE_DAYS);
		return "evaluation/revocation-new";
	}

	@PostMapping("/evaluation/revocations")
	String propose(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute ProposalForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "rectification.formInvalid");
			return form.baseId() == null ? "redirect:/evaluation/revocation-triggers"
					: "redirect:/evaluation/revocations/new?baseId=" + form.baseId();
		}
		long id = revocations.propose(form.baseId(), form.grounds().strip(), form.responseDays(), user);
		redirect.addFlashAttribute("flashSuccess", "revocation.proposed");
		return "redirect:/evaluation/revocations/" + id;
	}

	@GetMapping("/evaluation/revocations/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		RevocationView r = revocations.find(id, user);
		boolean unit = user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON);
		model.addAttribute("revocation", r);
		model.addAttribute("responding", unit && r.respondable());
		model.addAttribute("deciding", user.hasRole(Role.MUNICIPAL_OFFICER) && r.status().isPending());
		return "evaluation/revocation";
	}

	@PostMapping("/evaluation/revocations/{id}/response")
	String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ResponseForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "rectification.formInvalid");
			return "redirect:/evaluation/revocations/" + id;
		}
		revocations.respond(id, form.version(), form.response().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "revocation.responded");
		return "redirect:/evaluation/revocations/" + id;
	}

	@PostMapping("/evaluation/revocations/{id}/decision")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute RevokeForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "rectification.formInvalid");
			return "redirect:/evaluation/revocations/" + id;
		}
		revocations.revoke(id, form.version(), form.documentNumber().strip(), form.decidedOn(), form.reason().strip(),
				user);
		redirect.addFlashAttribute("flashSuccess", "revocation.revoked");
		return "redirect:/evaluation/revocations/" + id;
	}

	@PostMapping("/evaluation/revocations/{id}/drop")
	String drop(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute DropForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "rectification.formInvalid");
			return "redirect:/evaluation/revocations/" + id;
		}
		revocations.drop(id, form.version(), form.reason().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "revocation.dropped");
		return "redirect:/evaluation/revocations/" + id;
	}

	@PostMapping("/evaluation/withdrawals")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute WithdrawalForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "rectification.formInvalid");
			return "redirect:/evaluation/revocations";
		}
		revocations.withdraw(form.baseId(), form.reason().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "revocation.withdrawn");
		return "redirect:/evaluation/revocations";
	}

	private List<BaseView> activeBases(CurrentUser user) {
		return bases.inScope(user.scope(), PageRequest.of(0, BASE_CHOICES, Sort.by("unitName"))).getContent();
	}
}
