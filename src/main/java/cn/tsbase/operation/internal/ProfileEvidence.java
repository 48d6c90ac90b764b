package cn.tsbase.operation.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * The evidence files of a base profile's standards (the leadership body's founding document, the office's staffing
 * order, the rules in force, the liaison officer's appointment …): stored and checked by the attachment module under
 * the base, one slot per standard. The unit's own people add and remove them; whoever sees the profile downloads them,
 * audited. Each addition or removal is a profile revision, so the district sees it among the changes since it looked.
 */
@Service
public class ProfileEvidence {

	/** The attachment owner type: the base's id is the owner id, the standard the slot. */
	static final String OWNER = "base-profile";
	static final int MAX_PER_STANDARD = 20;

	private final BaseProfiles profiles;
	private final ProfileRevisionRepository revisions;
	private final Attachments attachments;
	private final AuditLog audit;
	private final Clock clock;

	ProfileEvidence(BaseProfiles profiles, ProfileRevisionRepository revisions, Attachments attachments,
			AuditLog audit, Clock clock) {
		this.profiles = profiles;
		this.revisions = revisions;
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	/** The evidence files per editable standard, oldest first, if the base lies inside the caller's scope. */
	@Transactional(readOnly = true)
	public Map<Standard, List<StoredAttachment>> of(long baseId, CurrentUser user) {
		profiles.get(baseId, user.scope());
		Map<Standard, List<StoredAttachment>> files = new EnumMap<>(Standard.class);
		for (Standard s : Standard.values()) {
			if (s.isEditable()) {
				files.put(s, new ArrayList<>());
			}
		}
		for (StoredAttachment a : attachments.list(OWNER, baseId)) {
			Standard.editableAt(a.slot().replace('_', '-')).ifPresent(s -> files.get(s).add(a));
		}
		return files;
	}

	/** The unit adds an evidence file to a standard of its base (checked and stored by the attachment module). */
	@Transactional
	public StoredAttachment add(long baseId, Standard standard, String fileName, InputStream content,
			CurrentUser user) {
		BaseProfile profile = ownProfile(baseId, user);
		if (!standard.isEditable()) {
			throw new NotFoundException("Standard " + standard);
		}
		long held = attachments.list(OWNER, baseId).stream().filter(a -> standard.name().equals(a.slot())).count();
		if (held >= MAX_PER_STANDARD) {
			throw new StateConflictException("operation.profileEvidence.tooMany", "Too many files");
		}
		StoredAttachment stored = attachments.store(OWNER, baseId, standard.name(), fileName, content,
				user.getUsername());
		revisions.save(profile.evidenceChanged(standard, true, user.getUsername(), clock.instant()));
		audit.record("BASE_PROFILE_EVIDENCE_ADDED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS,
				standard + ": attachment " + stored.id());
		return stored;
	}

	/** The unit removes an outdated evidence file of its base. */
	@Transactional
	public void remove(long baseId, long attachmentId, CurrentUser user) {
		BaseProfile profile = ownProfile(baseId, user);
		StoredAttachment file = owned(baseId, attachmentId);
		Standard standard = Standard.valueOf(file.slot());
		attachments.delete(attachmentId, user.getUsername());
		revisions.save(profile.evidenceChanged(standard, false, user.getUsername(), clock.instant()));
		audit.record("BASE_PROFILE_EVIDENCE_REMOVED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS,
				standard + ": attachment " + attachmentId + " " + file.originalName());
	}

	/** An evidence file, if the base lies inside the caller's scope; the download is audited. */
	@Transactional
	public StoredAttachment file(long baseId, long attachmentId, CurrentUser user) {
		profiles.get(baseId, user.scope());
		StoredAttachment file = owned(baseId, attachmentId);
		audit.record("BASE_PROFILE_EVIDENCE_DOWNLOADED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
		return file;
	}

	private StoredAttachment owned(long baseId, long attachmentId) {
		return attachments.find(attachmentId)
			.filter(a -> OWNER.equals(a.ownerType()) && a.ownerId() == baseId)
			.orElseThrow(() -> new NotFoundException("Profile evidence " + attachmentId));
	}

	/** Only the unit's own people change evidence; anyone else finds nothing. */
	private BaseProfile ownProfile(long baseId, CurrentUser user) {
		if (!(user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) || user.getUnitId() == null) {
			throw new NotFoundException("Base profile " + baseId);
		}
		return profiles.get(baseId, new DataScope(DataScope.Kind.UNIT, null, user.getUnitId()));
	}
}
