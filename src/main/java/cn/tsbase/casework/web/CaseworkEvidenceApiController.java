package cn.tsbase.casework.web;

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
import cn.tsbase.casework.internal.IncidentEvidence;
import cn.tsbase.casework.internal.TypicalCases;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The evidence files of leak incidents and the attachments of typical cases over the JSON API, scoped like the pages:
 * listed for whoever sees the incident or case, uploaded (multipart, part {@code file}) by those who may upload on the
 * page, with the same checks (type, size, content, virus scan); a refused file answers 400 with the reason.
 */
@RestController
@Tag(name = "casework")
class CaseworkEvidenceApiController {

	private final IncidentEvidence incidentEvidence;
	private final TypicalCases cases;

	CaseworkEvidenceApiController(IncidentEvidence incidentEvidence, TypicalCases cases) {
		this.incidentEvidence = incidentEvidence;
		this.cases = cases;
	}

	/** Reads an upload and stores it; a refused or missing file is a 400 with its reason. */
	@FunctionalInterface
	interface Store {
		StoredAttachment store(String originalName, InputStream content);
	}

	@Operation(summary = "The evidence files of a leak incident (audited; 404 outside the caller's scope)")
	@GetMapping("/api/v1/incidents/{id}/evidence")
	List<StoredAttachment> incidentEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return incidentEvidence.list(id, user);
	}

	@Operation(summary = "Uploads an evidence file of a leak incident (the unit or its district, until it is closed)")
	@PostMapping(path = "/api/v1/incidents/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	StoredAttachment uploadIncidentEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file) {
		return upload(file, (name, content) -> incidentEvidence.attach(id, name, content, user));
	}

	@Operation(summary = "The attachments of a typical case (404 outside the caller's scope)")
	@GetMapping("/api/v1/cases/{id}/attachments")
	List<StoredAttachment> caseAttachments(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return cases.attachments(id, user);
	}

	@Operation(summary = "Uploads an attachment of a typical case (its author, while it can be edited)")
	@PostMapping(path = "/api/v1/cases/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	StoredAttachment uploadCaseAttachment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file) {
		return upload(file, (name, content) -> cases.attach(id, name, content, user));
	}

	private static StoredAttachment upload(MultipartFile file, Store store) {
		if (file == null || file.isEmpty()) {
			throw new InvalidRequestException("casework.case.fileRequired");
		}
		try (InputStream in = file.getInputStream()) {
			return store.store(file.getOriginalFilename(), in);
		}
		catch (AttachmentRejectedException rejected) {
			throw new InvalidRequestException(rejected.messageKey(), rejected.arguments());
		}
		catch (IOException failed) {
			throw new InvalidRequestException("casework.case.fileRequired");
		}
	}
}
