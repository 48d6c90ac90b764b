package cn.tsbase.operation.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.internal.ActivityRecord.Participant;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * The trainings and publicity events a base held: recorded by the unit, read within the caller's scope. A zone records
 * which of its member units took part and how many people each (members of the zone on the day, together no more than
 * the participants).
 */
@Service
public class Activities {

	static final String OWNER = "activity";

	static final int MAX_EVIDENCE = 20;

	private final ActivityRepository activities;
	private final BaseProfiles profiles;
	private final AuditLog audit;
	private final Clock clock;
	private final Attachments attachments;
	private final ZoneMemberRepository members;

	Activities(ActivityRepository activities, BaseProfiles profiles, AuditLog audit, Clock clock,
			Attachments attachments, ZoneMemberRepository members) {
		this.attachments = attachments;
		this.members = members;
		this.activities = activities;
		this.profiles = profiles;
		this.audit = audit;
		this.clock = clock;
	}

	/** The base's activities, newest first, paged in the database, if the base lies inside the scope. */
	@Transactional(readOnly = true)
	public Page<ActivityRecord> of(long baseId, CurrentUser user, Pageable pageable) {
		BaseProfile profile = profiles.get(baseId, user.scope());
		Page<ActivityRecord> found = activities.findByBaseId(baseId, pageable).map(Activity::toRecord);
		if (profile.getBaseType() != BaseType.ZONE || found.isEmpty()) {
			return found;
		}
		Map<Long, List<Participant>> taking = new HashMap<>();
		for (Object[] row : activities.membersOf(found.map(ActivityRecord::id).getContent())) {
			taking.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
				.add(new Participant((Long) row[1], (String) row[2], ((Number) row[3]).intValue()));
		}
		return found.map(a -> a.withMembers(taking.getOrDefault(a.id(), List.of())));
	}

	/**
	 * The member units the unit may record as taking part in an activity of its base (with no people yet): a zone's
	 * current members by name; none for a base that is not a zone or for anyone but the unit's own people.
	 */
	@Transactional(readOnly = true)
	public List<Participant> memberChoices(long baseId, CurrentUser user) {
		return profiles.findInScope(baseId, ZoneMembers.ownScope(user))
			.filter(p -> p.getBaseType() == BaseType.ZONE)
			.map(p -> members.findByBaseIdAndRemovedOnIsNullOrderByNameAscIdAsc(baseId)
				.stream()
				.map(m -> new Participant(m.getId(), m.getName(), 0))
				.toList())
			.orElse(List.of());
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
		record = record.withMembers(record.members().stream().filter(m -> m.people() > 0).toList());
		checkMembers(profile, record);
		Activity saved = activities.save(new Activity(profile, record, user.getUsername(), clock.instant()));
		audit.record("ACTIVITY_RECORDED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS,
				record.kind() + " " + record.heldOn() + (record.members().isEmpty() ? ""
						: " members " + record.members().stream()
							.map(m -> m.memberId() + ":" + m.people())
							.collect(Collectors.joining(","))));
		return saved.getId();
	}

	/**
	 * The activity as the unit may correct it: what it recorded, the version it read, and the member units it may name
	 * (the zone's current members and any member that took part, with the people recorded).
	 */
	@Transactional(readOnly = true)
	public Correction forCorrection(long baseId, long activityId, CurrentUser user) {
		BaseProfile profile = profiles.findInScope(baseId, ZoneMembers.ownScope(user))
			.orElseThrow(() -> new NotFoundException("Base profile " + baseId));
		Activity activity = activity(baseId, activityId);
		Map<Long, Integer> took = activity.participation()
			.stream()
			.collect(Collectors.toMap(Participant::memberId, Participant::people));
		List<Participant> choices = new ArrayList<>();
		if (profile.getBaseType() == BaseType.ZONE) {
			for (ZoneMember m : members.findByBaseIdAndRemovedOnIsNullOrderByNameAscIdAsc(baseId)) {
				choices.add(new Participant(m.getId(), m.getName(), took.getOrDefault(m.getId(), 0)));
			}
			Set<Long> listed = choices.stream().map(Participant::memberId).collect(Collectors.toSet());
			members.findAllById(took.keySet())
				.stream()
				.filter(m -> !listed.contains(m.getId()))
				.forEach(m -> choices.add(new Participant(m.getId(), m.getName(), took.get(m.getId()))));
		}
		return new Correction(activity.toRecord(), activity.getVersion(), choices);
	}

	/** An activity as the unit corrects it, with the version it read and the member units it may name. */
	public record Correction(ActivityRecord activity, long version, List<Participant> members) {
	}

	/**
	 * The unit corrects an activity of its base (a wrong date, count or topic): checked like a new one, refused when
	 * someone saved it since the unit read it, and audited with what it was before.
	 */
	@Transactional
	public void correct(long baseId, long activityId, long expectedVersion, ActivityRecord record, CurrentUser user) {
		BaseProfile profile = profiles.findInScope(baseId, ZoneMembers.ownScope(user))
			.orElseThrow(() -> new NotFoundException("Base profile " + baseId));
		Activity activity = activity(baseId, activityId);
		if (activity.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Activity.class, activityId);
		}
		record = record.withMembers(record.members().stream().filter(m -> m.people() > 0).toList());
		checkMembers(profile, record);
		ActivityRecord before = activity.toRecord();
		activity.correct(record);
		activities.saveAndFlush(activity);
		audit.record("ACTIVITY_CORRECTED", "Activity", activityId, AuditOutcome.SUCCESS,
				"was " + before.kind() + " " + before.heldOn() + " " + before.participants() + ", now " + record.kind()
						+ " " + record.heldOn() + " " + record.participants());
	}

	/**
	 * Member participation is a zone's: each member once, a member of this zone on the activity's day (not removed
	 * before it), and together no more people than took part. The form checks the sum first and says so by field.
	 */
	private void checkMembers(BaseProfile profile, ActivityRecord record) {
		if (record.members().isEmpty()) {
			return;
		}
		if (profile.getBaseType() != BaseType.ZONE) {
			throw new StateConflictException("operation.activity.membersOnlyInZones", "Not a zone");
		}
		Set<Long> ids = record.members().stream().map(Participant::memberId).collect(Collectors.toSet());
		long known = members.findAllById(ids)
			.stream()
			.filter(m -> m.getBaseId().equals(profile.getBaseId()))
			.filter(m -> m.getRemovedOn() == null || !m.getRemovedOn().isBefore(record.heldOn()))
			.count();
		if (ids.size() != record.members().size() || known != ids.size()) {
			throw new StateConflictException("operation.activity.unknownMember", "Not a member of the zone");
		}
		if (record.memberPeople() > record.participants()) {
			throw new StateConflictException("operation.activity.membersOverParticipants",
					"More member people than participants");
		}
	}
}
