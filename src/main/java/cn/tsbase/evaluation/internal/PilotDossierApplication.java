package cn.tsbase.evaluation.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The district's application in its pilot dossier while it is a draft: the work plan (工作方案) as sanitised rich
 * text and/or a document, the institutional results (制度性成果) each with its document, and further attachments.
 * Files are checked and stored by the attachment module (owner {@code pilot-dossier}; slots {@code work-plan},
 * {@code result}, {@code attachment}); everyone who may see the dossier downloads them, audited. Versioned like the
 * dossier; found in the caller's scope first, else 404.
 */
@Service
public class PilotDossierApplication {

	static final String OWNER = "pilot-dossier";

	static final String WORK_PLAN = "work-plan";

	static final String RESULT = "result";

	static final String ATTACHMENT = "attachment";

	/** The most further attachments a dossier holds. */
	public static final int MAX_ATTACHMENTS = 20;

	/** One of the dossier's further attachments, as the page lists them. */
	public record File(long id, String name, long size) {
	}

	private final PilotDossiers dossiers;
	private final Attachments attachments;
	private final AuditLog audit;

	PilotDossierApplication(PilotDossiers dossiers, Attachments attachments, AuditLog audit) {
		this.dossiers = dossiers;
		this.attachments = attachments;
		this.audit = audit;
	}

	/** The work plan's document, if any. */
	@Transactional(readOnly = true)
	public File workPlanFile(long id, CurrentUser user) {
		PilotDossier dossier = dossiers.get(id, user.scope());
		Long attachmentId = dossier.getWorkPlanAttachmentId();
		return attachmentId == null ? null
				: attachments.find(attachmentId).map(a -> new File(a.id(), a.originalName(), a.size())).orElse(null);
	}

	/** The further attachments (not the work plan's or the results' documents), oldest first. */
	@Transactional(readOnly = true)
	public List<File> attachments(long id, CurrentUser user) {
		dossiers.get(id, user.scope());
		return attachments.list(OWNER, id)
			.stream()
			.filter(a -> ATTACHMENT.equals(a.slot()))
			.map(a -> new File(a.id(), a.originalName(), a.size()))
			.toList();
	}

	/** Saves the work plan text (already sanitised by the caller). */
	@Transactional
	public void writeWorkPlan(long id, long version, String html, CurrentUser user) {
		PilotDossier dossier = dossiers.current(id, version, user);
		dossier.writeWorkPlan(html);
		audit.record("PILOT_DOSSIER_WORK_PLAN_SAVED", "PilotDossier", id, AuditOutcome.SUCCESS, null);
	}

	/** Stores the work plan's document, replacing (and deleting) an earlier one. */
	@Transactional
	public void attachWorkPlan(long id, long version, String fileName, InputStream content, CurrentUser user) {
		PilotDossier dossier = dossiers.current(id, version, user);
		dossier.requireEditable();
		StoredAttachment stored = attachments.store(OWNER, id, WORK_PLAN, fileName, content, user.getUsername());
		Long replaced = dossier.attachWorkPlan(stored.id());
		if (replaced != null) {
			attachments.delete(replaced, user.getUsername());
		}
		audit.record("PILOT_DOSSIER_WORK_PLAN_ATTACHED", "PilotDossier", id, AuditOutcome.SUCCESS,
				"attachment " + stored.id());
	}

	/** Adds an institutional result with its document. */
	@Transactional
	public void addResult(long id, long version, String title, PilotResultKind kind, LocalDate issuedOn,
			String fileName, InputStream content, CurrentUser user) {
		PilotDossier dossier = dossiers.current(id, version, user);
		dossier.requireEditable();
		StoredAttachment stored = attachments.store(OWNER, id, RESULT, fileName, content, user.getUsername());
		dossier.addResult(new PilotResults.Item(stored.id(), title, kind, issuedOn, stored.originalName()));
		audit.record("PILOT_DOSSIER_RESULT_ADDED", "PilotDossier", id, AuditOutcome.SUCCESS,
				"attachment " + stored.id());
	}

	/** Removes an institutional result and its document. */
	@Transactional
	public void removeResult(long id, long version, long attachmentId, CurrentUser user) {
		PilotDossier dossier = dossiers.current(id, version, user);
		if (!dossier.removeResult(attachmentId)) {
			throw new NotFoundException("Result " + attachmentId);
		}
		attachments.delete(attachmentId, user.getUsername());
		audit.record("PILOT_DOSSIER_RESULT_REMOVED", "PilotDossier", id, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
	}

	/** Adds a further attachment (at most {@link #MAX_ATTACHMENTS}). */
	@Transactional
	public void addAttachment(long id, long version, String fileName, InputStream content, CurrentUser user) {
		PilotDossier dossier = dossiers.current(id, version, user);
		dossier.requireEditable();
		if (attachments(id, user).size() >= MAX_ATTACHMENTS) {
			throw new StateConflictException("pilot.attachment.tooMany", "Too many attachments on " + id);
		}
		StoredAttachment stored = attachments.store(OWNER, id, ATTACHMENT, fileName, content, user.getUsername());
		audit.record("PILOT_DOSSIER_ATTACHMENT_ADDED", "PilotDossier", id, AuditOutcome.SUCCESS,
				"attachment " + stored.id());
	}

	/** Removes a further attachment. */
	@Transactional
	public void removeAttachment(long id, long version, long attachmentId, CurrentUser user) {
		PilotDossier dossier = dossiers.current(id, version, user);
		dossier.requireEditable();
		ownFile(id, attachmentId, ATTACHMENT);
		attachments.delete(attachmentId, user.getUsername());
		audit.record("PILOT_DOSSIER_ATTACHMENT_REMOVED", "PilotDossier", id, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
	}

	/** Any file of the dossier (work plan, result, attachment), if the dossier lies in the caller's scope; audited. */
	@Transactional
	public StoredAttachment file(long id, long attachmentId, CurrentUser user) {
		dossiers.get(id, user.scope());
		StoredAttachment attachment = ownFile(id, attachmentId, null);
		audit.record("PILOT_DOSSIER_FILE_DOWNLOADED", "PilotDossier", id, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
		return attachment;
	}

	private StoredAttachment ownFile(long id, long attachmentId, String slot) {
		return attachments.find(attachmentId)
			.filter(a -> OWNER.equals(a.ownerType()) && a.ownerId() == id && (slot == null || slot.equals(a.slot())))
			.orElseThrow(() -> new NotFoundException("Pilot dossier file " + attachmentId));
	}
}
