package cn.tsbase.casework.internal;

import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.casework.IncidentStatus;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * Evidence attached to a leak incident (never public), through the attachment module: the reporting unit and the
 * district officers of its district add files until the incident is closed; whoever may read the incident may list
 * and download them, each download audited like a read of the incident.
 */
@Service
public class IncidentEvidence {

	static final String ATTACHMENT_OWNER = "leak-incident";

	private final LeakIncidents incidents;
	private final Attachments attachments;
	private final AuditLog audit;

	IncidentEvidence(LeakIncidents incidents, Attachments attachments, AuditLog audit) {
		this.incidents = incidents;
		this.attachments = attachments;
		this.audit = audit;
	}

	/** The incident's evidence, if the caller may see the incident (else 404). */
	@Transactional(noRollbackFor = NotFoundException.class)
	public List<StoredAttachment> list(long id, CurrentUser user) {
		incidents.load(id, user);
		return attachments.list(ATTACHMENT_OWNER, id);
	}

	/** One file of the incident's evidence, if the caller may see the incident; the read is audited. */
	@Transactional(noRollbackFor = NotFoundException.class)
	public StoredAttachment download(long id, long attachmentId, CurrentUser user) {
		incidents.load(id, user);
		StoredAttachment found = attachments.find(attachmentId)
			.filter(a -> ATTACHMENT_OWNER.equals(a.ownerType()) && a.ownerId() == id)
			.orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
		audit.record("INCIDENT_EVIDENCE_READ", "LeakIncident", id, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
		return found;
	}

	/** Stores a file of evidence: the unit or its district officers, while the incident is not closed. */
	@Transactional(noRollbackFor = NotFoundException.class)
	public StoredAttachment attach(long id, String originalName, InputStream content, CurrentUser user) {
		DataScope.Kind kind = CaseworkScope.of(user).kind();
		if (kind != DataScope.Kind.UNIT && kind != DataScope.Kind.DISTRICT) {
			throw new NotFoundException("Incident " + id);
		}
		LeakIncident incident = incidents.load(id, user);
		if (incident.getStatus() == IncidentStatus.CLOSED) {
			throw new StateConflictException("casework.incident.evidenceClosed", "Incident " + id + " is closed");
		}
		StoredAttachment stored = attachments.store(ATTACHMENT_OWNER, id, "evidence", originalName, content,
				user.getUsername());
		audit.record("INCIDENT_EVIDENCE_ADDED", "LeakIncident", id, AuditOutcome.SUCCESS,
				"attachment " + stored.id());
		return stored;
	}
}
