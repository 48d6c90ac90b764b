package cn.tsbase.reporting.internal;

import java.io.InputStream;
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
 * Files attached to an escalation (问题反映), through the attachment module and its upload checks: the district that
 * raised it and the municipal bureau add files while it is open; whoever may see the escalation lists and downloads
 * them, each download audited.
 */
@Service
public class EscalationAttachments {

	static final String ATTACHMENT_OWNER = "escalation";

	private final Escalations escalations;
	private final Attachments attachments;
	private final AuditLog audit;

	EscalationAttachments(Escalations escalations, Attachments attachments, AuditLog audit) {
		this.escalations = escalations;
		this.attachments = attachments;
		this.audit = audit;
	}

	/** The escalation's files, oldest first, if the caller may see it (else 404). */
	@Transactional(readOnly = true)
	public List<StoredAttachment> list(long id, CurrentUser user) {
		load(id, user);
		return attachments.list(ATTACHMENT_OWNER, id);
	}

	/** One file of the escalation, if the caller may see it; the read is audited. */
	@Transactional
	public StoredAttachment download(long id, long attachmentId, CurrentUser user) {
		load(id, user);
		StoredAttachment found = attachments.find(attachmentId)
			.filter(a -> ATTACHMENT_OWNER.equals(a.ownerType()) && a.ownerId() == id)
			.orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
		audit.record("ESCALATION_ATTACHMENT_READ", "Escalation", id, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
		return found;
	}

	/** Stores a file on an open escalation the caller may see (its district's officers, the municipal bureau). */
	@Transactional
	public StoredAttachment attach(long id, String originalName, InputStream content, CurrentUser user) {
		EscalationView escalation = load(id, user);
		if (escalation.status() != EscalationStatus.OPEN) {
			throw new StateConflictException("reporting.escalation.attachClosed", "Escalation " + id + " answered");
		}
		StoredAttachment stored = attachments.store(ATTACHMENT_OWNER, id, "material", originalName, content,
				user.getUsername());
		audit.record("ESCALATION_ATTACHMENT_ADDED", "Escalation", id, AuditOutcome.SUCCESS,
				"attachment " + stored.id());
		return stored;
	}

	private EscalationView load(long id, CurrentUser user) {
		return escalations.find(id, user).orElseThrow(() -> new NotFoundException("Escalation " + id));
	}
}
