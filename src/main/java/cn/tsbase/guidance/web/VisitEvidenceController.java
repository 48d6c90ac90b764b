package cn.tsbase.guidance.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.attachment.AttachmentDownloads;
import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.guidance.internal.VisitEvidence;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;

/** Evidence files of a guidance visit: uploaded by the officer who recorded it, downloaded by whoever sees it. */
@Controller
class VisitEvidenceController {

	private final VisitEvidence evidence;
	private final Attachments attachments;

	VisitEvidenceController(VisitEvidence evidence, Attachments attachments) {
		this.evidence = evidence;
		this.attachments = attachments;
	}

	@PostMapping("/guidance/visits/{id}/evidence")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			throw new InvalidRequestException("guidance.visit.fileRequired");
		}
		try (InputStream in = file.getInputStream()) {
			evidence.attach(id, file.getOriginalFilename(), in, user);
			redirect.addFlashAttribute("flashSuccess", "guidance.visit.evidenceAdded");
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("flashError", rejected.messageKey());
		}
		catch (IOException failed) {
			throw new InvalidRequestException("guidance.visit.fileRequired");
		}
		return "redirect:/guidance/visits/" + id;
	}

	@GetMapping("/guidance/visits/{id}/evidence/{attachmentId}")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments, evidence.download(id, attachmentId, user));
	}
}
