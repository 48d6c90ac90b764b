package cn.tsbase.operation.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

/** The trainings and publicity events a base held: recorded by the unit, read within the caller's scope. */
@Service
public class Activities {

	static final String OWNER = "activity";

	static final int MAX_EVIDENCE = 20;

	private final ActivityRepository activities;
	private final BaseProfiles profiles;
	private final AuditLog audit;
	private final Clock clock;
	private final Attachments attachments;

	Activities(ActivityRepository activities, BaseProfiles profiles, AuditLog audit, Clock clock,
			Attachments attachments) {
		this.attachments = attachments;
		this.activities = activities;
		this.profiles = profiles;
		this.audit = audit;
		this.clock = clock;
	}

	/** The base's activities, newest first, paged in the database, if the base lies inside the scope. */
	@Transactional(readOnly = true)
	public Page<ActivityRecord> of(long baseId, CurrentUser user, Pageable pageable) {
		profiles.get(baseId, user.scope());
		return activities.findByBaseId(baseId, pageable).map(Activity::toRecord);
	}

	/** The activity and its evidence files, if its base lies inside the scope. */
	@Transactional(readOnly = true)
	public Evidence evidence(long baseId, long activityId, CurrentUser user) {
		profiles.get(baseId, user.scope());
		Activity activity = activity(baseId, activityId);
		return new Evidence(activity.toRecord(), attachments.list(OWNER, activityId));
	}

	/** The unit adds an evidence file to an activity of its base (checked and stored by the attachment module). */
	@Transactional
	public void addEvidence(long baseId, long activityId, String fileName, InputStream content, CurrentUser user) {
		if (!(user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) || user.getUnitId() == null) {
			throw new NotFoundException("Base profile " + baseId);
		}
		profiles.get(baseId, new DataScope(DataScope.Kind.UNIT, null, user.getUnitId()));
		Activity activity = activity(baseId, activityId);
		if (activity.toRecord().evidenceCount() >= MAX_EVIDENCE) {
			throw new StateConflictException("operation.evidence.tooMany", "Too many files");
		}
		StoredAttachment stored = attachments.store(OWNER, activityId, "evidence", fileName, content,
				user.getUsername());
		activity.evidenceAdded();
		audit.record("ACTIVITY_EVIDENCE_ADDED", "Activity", activityId, AuditOutcome.SUCCESS,
				"attachment " + stored.id());
	}

	/** An evidence file of an activity, if the activity's base lies inside the scope; the download is audited. */
	@Transactional
	public StoredAttachment evidenceFile(long baseId, long activityId, long attachmentId, CurrentUser user) {
		profiles.get(baseId, user.scope());
		activity(baseId, activityId);
		StoredAttachment attachment = attachments.find(attachmentId)
			.filter(a -> OWNER.equals(a.ownerType()) && a.ownerId() == activityId)
			.orElseThrow(() -> new NotFoundException("Evidence " + attachmentId));
		audit.record("ACTIVITY_EVIDENCE_DOWNLOADED", "Activity", activityId, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
		return attachment;
	}

	private Activity activity(long baseId, long activityId) {
		return activities.findById(activityId)
			.filter(a -> a.getBaseId() == baseId)
			.orElseThrow(() -> new NotFoundException("Activity " + activityId));
	}

	/** An activity with its evidence files. */
	public record Evidence(ActivityRecord activity, List<StoredAttachment> files) {
	}

	/** The unit records an activity its base held. */
	@Transactional
	public long record(long baseId, ActivityRecord record, CurrentUser user) {
		if (!(user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) || user.getUnitId() == null) {
			throw new NotFoundException("Base profile " + baseId);
		}
		BaseProfile profile = profiles.get(baseId, new DataScope(DataScope.Kind.UNIT, null, user.getUnitId()));
		Activity saved = activities.save(new Activity(profile, record, user.getUsername(), clock.instant()));
		audit.record("ACTIVITY_RECORDED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS,
				record.kind() + " " + record.heldOn());
		return saved.getId();
	}
}
