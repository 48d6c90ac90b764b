package cn.tsbase.reporting.web;

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
import cn.tsbase.reporting.internal.EscalationAttachments;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;

/** Files of an escalation: added by its district or the bureau while it is open, downloaded by whoever sees it. */
@Controller
class EscalationAttachmentController {

	private final EscalationAttachments escalationAttachments;
	private final Attachments attachments;

	EscalationAttachmentController(EscalationAttachments escalationAttachments, Attachments attachments) {
		this.escalationAttachments = escalationAttachments;
		this.attachments = attachments;
	}

	@PostMapping("/reporting/escalations/{id}/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			throw new InvalidRequestException("reporting.escalation.fileRequired");
		}
		try (InputStream in = file.getInputStream()) {
			escalationAttachments.attach(id, file.getOriginalFilename(), in, user);
			redirect.addFlashAttribute("flashSuccess", "reporting.escalation.attached");
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("flashError", rejected.messageKey());
		}
		catch (IOException failed) {
			throw new InvalidRequestException("reporting.escalation.fileRequired");
		}
		return "redirect:/reporting/escalations/" + id;
	}

	@GetMapping("/reporting/escalations/{id}/attachments/{attachmentId}")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments, escalationAttachments.download(id, attachmentId, user));
	}
}
