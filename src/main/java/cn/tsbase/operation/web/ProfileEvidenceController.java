package cn.tsbase.operation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
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
import cn.tsbase.operation.internal.ProfileEvidence;
import cn.tsbase.operation.internal.Standard;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The evidence files of a base profile's standards: the unit uploads and removes them on the profile page, whoever
 * sees the profile downloads them.
 */
@Controller
class ProfileEvidenceController {

	private final ProfileEvidence evidence;
	private final Attachments attachments;
	private final MessageSource messages;

	ProfileEvidenceController(ProfileEvidence evidence, Attachments attachments, MessageSource messages) {
		this.evidence = evidence;
		this.attachments = attachments;
		this.messages = messages;
	}

	@PostMapping("/operation/bases/{baseId}/standards/{standard}/evidence")
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable String standard,
			@RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect) throws IOException {
		Standard which = Standard.editableAt(standard).orElseThrow(() -> new NotFoundException("Standard " + standard));
		if (file.isEmpty()) {
			redirect.addFlashAttribute("evidenceError", messages.getMessage("operation.profileEvidence.empty", null,
					locale));
		}
		else {
			try (InputStream in = file.getInputStream()) {
				evidence.add(baseId, which, file.getOriginalFilename(), in, user);
				redirect.addFlashAttribute("flashSuccess", "operation.profileEvidence.added");
			}
			catch (AttachmentRejectedException rejected) {
				redirect.addFlashAttribute("evidenceError",
						messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
			}
		}
		return "redirect:/operation/bases/" + baseId + "#standard-" + which.path();
	}

	@PostMapping("/operation/bases/{baseId}/evidence/{attachmentId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable long attachmentId, RedirectAttributes redirect) {
		evidence.remove(baseId, attachmentId, user);
		redirect.addFlashAttribute("flashSuccess", "operation.profileEvidence.removed");
		return "redirect:/operation/bases/" + baseId;
	}

	@GetMapping("/operation/bases/{baseId}/evidence/{attachmentId}")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long baseId, @PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments, evidence.file(baseId, attachmentId, user));
	}
}
