package cn.tsbase.declaration.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.declaration.CallView;
import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.declaration.Section;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * Evidence (证明材料) attached to a declaration's sections, and the templates attached to a call. Who may see a file
 * follows who may see its declaration or call; every download is audited.
 */
@Service
public class DeclarationFiles {

	public static final String DECLARATION = "declaration";
	public static final String CALL = "call";
	public static final String TEMPLATE_SLOT = "TEMPLATE";
	public static final int MAX_PER_SECTION = 20;
	public static final int MAX_TEMPLATES = 20;

	private final DeclarationService declarations;
	private final Attachments attachments;
	private final AuditLog audit;

	DeclarationFiles(DeclarationService declarations, Attachments attachments, AuditLog audit) {
		this.declarations = declarations;
		this.attachments = attachments;
		this.audit = audit;
	}

	/** The declaration's evidence by section, oldest first within each. */
	public Map<Section, List<StoredAttachment>> evidence(long declarationId) {
		Map<Section, List<StoredAttachment>> bySection = new LinkedHashMap<>();
		for (Section section : Section.values()) {
			bySection.put(section, new java.util.ArrayList<>());
		}
		for (StoredAttachment attachment : attachments.list(DECLARATION, declarationId)) {
			try {
				bySection.get(Section.valueOf(attachment.slot())).add(attachment);
			}
			catch (IllegalArgumentException ignored) {
				// a slot of no section: not evidence of the form
			}
		}
		return bySection;
	}

	/**
	 * Attaches evidence to a section while the unit may edit the declaration.
	 *
	 * @throws cn.tsbase.attachment.AttachmentRejectedException when the file is refused (type, size, content)
	 */
	public StoredAttachment attach(long declarationId, Section section, String fileName, InputStream content,
			CurrentUser user) {
		DeclarationView declaration = declarations.get(declarationId, user.scope());
		requireEditable(declaration);
		if (evidence(declarationId).get(section).size() >= MAX_PER_SECTION) {
			throw new StateConflictException("evidence.tooMany", "Too many files in " + section);
		}
		return attachments.store(DECLARATION, declarationId, section.name(), fileName, content, user.getUsername());
	}

	public void remove(long declarationId, long attachmentId, CurrentUser user) {
		DeclarationView declaration = declarations.get(declarationId, user.scope());
		requireEditable(declaration);
		StoredAttachment attachment = find(DECLARATION, declarationId, attachmentId);
		if (DeclarationAsSeen.wasSubmitted(declaration, attachment)) {
			// officers keep reading the declaration as submitted while the unit corrects it (ADR 0016)
			throw new StateConflictException("evidence.submittedKept", "Evidence of a submission is kept");
		}
		attachments.delete(attachment.id(), user.getUsername());
	}

	/**
	 * A download of evidence: the file, its download id (in the audit trail) and whether it is to be served with a
	 * watermark naming the reader (a PDF read under a {@link cn.tsbase.declaration.DeclarationReadGrants grant}).
	 */
	public record Download(StoredAttachment attachment, String downloadId, boolean watermarked) {
	}

	/**
	 * The evidence file, if the user may read its declaration (in their scope or under a grant); the download is
	 * audited with its download id.
	 */
	public Download downloadable(long declarationId, long attachmentId, CurrentUser user) {
		DeclarationService.Readable readable = declarations.readable(declarationId, user);
		DeclarationView declaration = readable.declaration();
		StoredAttachment attachment = find(DECLARATION, declarationId, attachmentId);
		if (!DeclarationAsSeen.sees(declaration, attachment, user)) {
			// a file added while the unit corrects a returned declaration is its own until it resubmits
			throw new NotFoundException("Attachment " + attachmentId);
		}
		String downloadId = UUID.randomUUID().toString();
		boolean watermarked = readable.granted() && isPdf(attachment);
		audit.record("ATTACHMENT_DOWNLOADED", "Attachment", attachment.id(), AuditOutcome.SUCCESS,
				"declaration " + declaration.id()
						+ (user.getUnitId() != null && user.getUnitId().equals(declaration.unitId()) ? ""
								: " (another party's file)")
						+ ", download " + downloadId + (readable.granted() ? ", read under a grant" : "")
						+ (watermarked ? ", watermarked for " + user.getUsername() : ""));
		return new Download(attachment, downloadId, watermarked);
	}

	private static boolean isPdf(StoredAttachment attachment) {
		return "application/pdf".equalsIgnoreCase(attachment.contentType())
				|| attachment.originalName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
	}

	public void copy(long attachmentId, OutputStream out) {
		attachments.copyTo(attachmentId, out);
	}

	public Attachments attachments() {
		return attachments;
	}

	// ---------------------------------------------------------------- call templates

	public List<StoredAttachment> templates(long callId) {
		return attachments.list(CALL, callId);
	}

	public StoredAttachment attachTemplate(long callId, String fileName, InputStream content, CurrentUser officer) {
		CallView call = declarations.call(callId, officer);
		requirePublisher(call, officer);
		if (templates(callId).size() >= MAX_TEMPLATES) {
			throw new StateConflictException("evidence.tooMany", "Too many templates");
		}
		return attachments.store(CALL, callId, TEMPLATE_SLOT, fileName, content, officer.getUsername());
	}

	public void removeTemplate(long callId, long attachmentId, CurrentUser officer) {
		CallView call = declarations.call(callId, officer);
		requirePublisher(call, officer);
		attachments.delete(find(CALL, callId, attachmentId).id(), officer.getUsername());
	}

	public StoredAttachment downloadableTemplate(long callId, long attachmentId, CurrentUser user) {
		declarations.call(callId, user);
		return find(CALL, callId, attachmentId);
	}

	private static void requirePublisher(CallView call, CurrentUser officer) {
		boolean municipal = officer.scope().isAll();
		boolean sameDistrict = call.districtCode() != null && call.districtCode().equals(officer.getDistrictCode());
		if (!(municipal && call.isMunicipal()) && !sameDistrict) {
			throw new NotFoundException("Call " + call.id());
		}
	}

	private static void requireEditable(DeclarationView declaration) {
		if (!declaration.status().isEditableByUnit()) {
			throw new StateConflictException("declaration.notEditable", "Declaration " + declaration.id());
		}
	}

	private StoredAttachment find(String ownerType, long ownerId, long attachmentId) {
		return attachments.find(attachmentId)
			.filter(a -> a.ownerType().equals(ownerType) && a.ownerId() == ownerId)
			.orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
	}
}
