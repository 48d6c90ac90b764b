package cn.tsbase.declaration.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.declaration.Section;
import cn.tsbase.declaration.internal.DeclarationAsSeen;
import cn.tsbase.declaration.internal.DeclarationFiles;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Downloads;

/**
 * The whole 申报书 as one PDF: every section as the reader may see it (the unit its draft, officials what was
 * submitted), the list of evidence files, the commitment with its signer and date, and blank blocks for the seals and
 * opinions of the district and the municipal bureau, to be printed, signed and stamped. A read by anyone outside the
 * unit is audited as the on-screen read is.
 */
@Controller
class DeclarationPrint {

	/** A line of the evidence list. */
	record EvidenceLine(Section section, String name) {
	}

	private final DeclarationService declarations;
	private final DeclarationFiles files;
	private final DeclarationPdf pdf;
	private final AuditLog audit;

	DeclarationPrint(DeclarationService declarations, DeclarationFiles files, DeclarationPdf pdf, AuditLog audit) {
		this.declarations = declarations;
		this.files = files;
		this.pdf = pdf;
		this.audit = audit;
	}

	@GetMapping("/declarations/{id}/declaration.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		DeclarationService.Opened opened = declarations.openReadable(id, user);
		DeclarationView declaration = opened.declaration();
		List<EvidenceLine> evidence = new ArrayList<>();
		DeclarationAsSeen.visible(declaration, files.evidence(declaration.id()), user)
			.forEach((section, attachments) -> attachments.stream()
				.map(StoredAttachment::originalName)
				.forEach(name -> evidence.add(new EvidenceLine(section, name))));
		byte[] document = pdf.render(declaration, declarations.call(declaration.callId(), user),
				opened.content(), evidence, locale);
		DeclarationController.auditRead(audit, user, declaration);
		return Downloads.of(document, pdf.fileName(declaration, locale), Downloads.PDF);
	}
}
