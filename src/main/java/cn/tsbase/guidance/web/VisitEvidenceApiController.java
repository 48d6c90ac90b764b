package cn.tsbase.guidance.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.guidance.internal.VisitEvidence;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The evidence files of a guidance visit over the JSON API: listed for whoever sees the visit, uploaded (multipart,
 * part {@code file}) by the officer who recorded it, with the same checks as the page (type, size, content, virus
 * scan); a refused file answers 400 with the reason, in Chinese.
 */
@RestController
@Tag(name = "guidance")
class VisitEvidenceApiController {

	private final VisitEvidence evidence;

	VisitEvidenceApiController(VisitEvidence evidence) {
		this.evidence = evidence;
	}

	@Operation(summary = "The evidence files of a guidance visit (404 outside the caller's scope)")
	@GetMapping("/api/v1/guidance-visits/{id}/evidence")
	List<StoredAttachment> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return evidence.list(id, user);
	}

	@Operation(summary = "Uploads an evidence file of a guidance visit (the recording officer, while assigned)")
	@PostMapping(path = "/api/v1/guidance-visits/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	StoredAttachment upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidRequestException("guidance.visit.fileRequired");
		}
		try (InputStream in = file.getInputStream()) {
			return evidence.attach(id, file.getOriginalFilename(), in, user);
		}
		catch (AttachmentRejectedException rejected) {
			throw new InvalidRequestException(rejected.messageKey(), rejected.arguments());
		}
		catch (IOException failed) {
			throw new InvalidRequestException("guidance.visit.fileRequired");
		}
	}
}
