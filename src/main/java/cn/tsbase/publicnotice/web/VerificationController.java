package cn.tsbase.publicnotice.web;

import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.attachment.AttachmentDownloads;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;
import cn.tsbase.publicnotice.internal.ObjectionHandling;

/** A district verifies the objections the municipal bureau asks it to, for units of its district only. */
@Controller
@RequestMapping("/verifications")
class VerificationController {

	private final ObjectionHandling handling;
	private final Attachments attachments;

	VerificationController(ObjectionHandling handling, Attachments attachments) {
		this.handling = handling;
		this.attachments = attachments;
	}

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "filedAt").and(Sort.by(Sort.Direction.DESC, "id"));

	/** The district's verifications: those awaiting its findings (the default), or every one it was asked for. */
	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		Page<ObjectionView> objections = handling.verifications(user.getDistrictCode(), all,
				Paging.of(page, null, null, Set.of(), NEWEST_FIRST));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("all", all ? "true" : null);
		model.addAttribute("objections", objections);
		model.addAttribute("showAll", all);
		model.addAttribute("links", PageLinks.of(objections, "/verifications", filters));
		return "publicnotice/verifications";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("objection", handling.objectionForDistrict(id, user.getDistrictCode()));
		return "publicnotice/verification";
	}

	/** An evidence file of an objection the district was asked to verify; every download is audited. */
	@GetMapping("/{id}/evidence/{attachmentId}")
	ResponseEntity<StreamingResponseBody> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments,
				handling.evidenceForDistrict(id, attachmentId, user.getDistrictCode()));
	}

	@PostMapping("/{id}")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam String findings, RedirectAttributes redirect) {
		String text = findings.strip();
		if (text.isEmpty()) {
			redirect.addFlashAttribute("flashError", "verification.findingsRequired");
			return "redirect:/verifications/" + id;
		}
		handling.recordDistrictFindings(id, version, text.length() > 4000 ? text.substring(0, 4000) : text,
				user.getDistrictCode());
		redirect.addFlashAttribute("flashSuccess", "verification.recorded");
		return "redirect:/verifications";
	}
}
