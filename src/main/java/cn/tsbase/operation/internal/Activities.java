package cn.tsbase.operation.internal;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/** The trainings and publicity events a base held: recorded by the unit, read within the caller's scope. */
@Service
public class Activities {

	private final ActivityRepository activities;
	private final BaseProfiles profiles;
	private final AuditLog audit;
	private final Clock clock;

	Activities(ActivityRepository activities, BaseProfiles profiles, AuditLog audit, Clock clock) {
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
