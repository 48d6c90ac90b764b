package cn.tsbase.evaluation.web;

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
import cn.tsbase.evaluation.internal.CoReviews;
import cn.tsbase.evaluation.internal.IndicatorEvidence;
import cn.tsbase.shared.security.CurrentUser;

/**
 * Per indicator of an evaluation: the base's evidence files (upload checked by the attachment module, download
 * audited) and the IP office's co-review comments on the district's scoring. Both back to the evaluation's page.
 */
@Controller
class IndicatorReviewController {

	private static final int MAX_COMMENT = 1500;

	private final CoReviews coReviews;
	private final IndicatorEvidence evidence;
	private final Attachments attachments;
	private final MessageSource messages;

	IndicatorReviewController(CoReviews coReviews, IndicatorEvidence evidence, Attachments attachments,
			MessageSource messages) {
		this.coReviews = coReviews;
		this.evidence = evidence;
		this.attachments = attachments;
		this.messages = messages;
	}

	@PostMapping("/evaluation/evaluations/{id}/co-review")
	String coReview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String code, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		if (code == null || code.isBlank() || comment == null || comment.isBlank()
				|| comment.strip().length() > MAX_COMMENT) {
			redirect.addFlashAttribute("flashError", "evaluation.coReview.invalid");
		}
		else {
			coReviews.add(id, code.strip(), comment.strip(), user);
			redirect.addFlashAttribute("flashSuccess", "evaluation.coReview.saved");
		}
		return "redirect:/evaluation/evaluations/" + id + "#coReview";
	}

	@PostMapping("/evaluation/evaluations/{id}/evidence")
	String addEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String code, @RequestParam("file") MultipartFile file, Locale locale,
			RedirectAttributes redirect) throws IOException {
		if (code == null || code.isBlank()) {
			redirect.addFlashAttribute("flashError", "evaluation.evidence.chooseIndicator");
			return "redirect:/evaluation/evaluations/" + id;
		}
		try (InputStream in = file.getInputStream()) {
			evidence.add(id, code.strip(), file.getOriginalFilename(), in, user);
			redirect.addFlashAttribute("flashSuccess", "evaluation.evidence.added");
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("evidenceError",
					messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
		}
		return "redirect:/evaluation/evaluations/" + id + "#evidence";
	}

	@GetMapping("/evaluation/evaluations/{id}/evidence/{attachmentId}")
	ResponseEntity<StreamingResponseBody> downloadEvidence(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments, evidence.file(id, attachmentId, user));
	}
}
