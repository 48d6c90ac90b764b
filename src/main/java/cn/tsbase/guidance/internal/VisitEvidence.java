package cn.tsbase.guidance.internal;

import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * Evidence attached to a guidance visit record (photos of the ledgers, the rules in force …) through the attachment
 * module: the officer who recorded the visit adds files while the unit is still assigned to them; whoever may see the
 * visit lists and downloads them (the same scoped query as the record; anything else is 404).
 */
@Service
public class VisitEvidence {

	static final String ATTACHMENT_OWNER = "guidance-visit";

	private final GuidanceVisitRepository visits;
	private final GuidanceScopes scopes;
	private final Attachments attachments;
	private final AuditLog audit;

	VisitEvidence(GuidanceVisitRepository visits, GuidanceScopes scopes, Attachments attachments, AuditLog audit) {
		this.visits = visits;
		this.scopes = scopes;
		this.attachments = attachments;
		this.audit = audit;
	}

	/** The visit's evidence, if the caller may see the visit. */
	@Transactional(readOnly = true)
	public List<StoredAttachment> list(long visitId, CurrentUser user) {
		load(visitId, user);
		return attachments.list(ATTACHMENT_OWNER, visitId);
	}

	/** One file of the visit's evidence, if the caller may see the visit. */
	@Transactional(readOnly = true)
	public StoredAttachment download(long visitId, long attachmentId, CurrentUser user) {
		load(visitId, user);
		return attachments.find(attachmentId)
			.filter(a -> ATTACHMENT_OWNER.equals(a.ownerType()) && a.ownerId() == visitId)
			.orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
	}

	/** Stores a file of evidence: only the officer who recorded the visit (and still guides the unit). */
	@Transactional
	public StoredAttachment attach(long visitId, String originalName, InputStream content, CurrentUser user) {
		GuidanceScope scope = scopes.of(user);
		GuidanceVisit visit = scope.isOfficer() ? visits.find(visitId, scope)
			.filter(v -> v.getOfficer().getId() == scope.officer())
			.orElse(null) : null;
		if (visit == null) {
			throw new NotFoundException("Guidance visit " + visitId);
		}
		StoredAttachment stored = attachments.store(ATTACHMENT_OWNER, visitId, "evidence", originalName, content,
				user.getUsername());
		audit.record("GUIDANCE_VISIT_EVIDENCE_ADDED", "GuidanceVisit", visitId, AuditOutcome.SUCCESS,
				"attachment " + stored.id());
		return stored;
	}

	private GuidanceVisit load(long visitId, CurrentUser user) {
		return visits.find(visitId, scopes.of(user))
			.orElseThrow(() -> new NotFoundException("Guidance visit " + visitId));
	}
}
