package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The recommendations of visits followed up to closure: the unit reports what it did, the guidance officer now
 * assigned to the unit closes the follow-up or reopens it; the district sees the open and overdue ones. The follow-up
 * registers its report and reopening events, published when it is saved, and the audit trail records them from the
 * events; the closing, which has no event, is recorded here.
 */
@Service
public class FollowUps {

	private final FollowUpRepository followUps;
	private final GuidanceOfficerRepository officers;
	private final GuidanceScopes scopes;
	private final AuditLog audit;
	private final Clock clock;

	FollowUps(FollowUpRepository followUps, GuidanceOfficerRepository officers, GuidanceScopes scopes,
			AuditLog audit, Clock clock) {
		this.followUps = followUps;
		this.officers = officers;
		this.scopes = scopes;
		this.audit = audit;
		this.clock = clock;
	}

	/** The follow-ups the caller sees, all, only those not closed, or only the overdue ones; paged, due day first. */
	@Transactional(readOnly = true)
	public Page<FollowUpView> list(CurrentUser user, boolean openOnly, boolean overdueOnly, Pageable pageable) {
		LocalDate today = LocalDate.now(clock);
		return followUps.inScope(scopes.of(user), openOnly, overdueOnly, today, pageable).map(f -> f.toView(today));
	}

	/** The unit reports what it did on the recommendation. */
	@Transactional
	public long report(long followUpId, long version, String what, CurrentUser user) {
		GuidanceScope scope = scopes.of(user);
		if (!scope.isUnit()) {
			throw new NotFoundException("Follow-up " + followUpId);
		}
		FollowUp followUp = get(followUpId, version, scope);
		long officerAccountId = officers.findById(followUp.getOfficerId())
			.orElseThrow(() -> new NotFoundException("Officer of follow-up " + followUpId))
			.getAccountId();
		followUp.report(what.strip(), user.getUsername(), clock.instant(), officerAccountId);
		followUps.saveAndFlush(followUp);
		return followUp.getVisitId();
	}

	/** The officer assigned to the unit closes the follow-up. */
	@Transactional
	public long close(long followUpId, long version, String note, CurrentUser user) {
		FollowUp followUp = get(followUpId, version, officerScope(followUpId, user));
		followUp.close(note == null || note.isBlank() ? null : note.strip(), user.getUsername(), clock.instant());
		audit.record("FOLLOW_UP_CLOSED", "GuidanceFollowUp", followUpId, AuditOutcome.SUCCESS, null);
		return followUp.getVisitId();
	}

	/** The officer assigned to the unit sends the follow-up back to the unit with the reason. */
	@Transactional
	public long reopen(long followUpId, long version, String note, CurrentUser user) {
		FollowUp followUp = get(followUpId, version, officerScope(followUpId, user));
		followUp.reopen(note.strip());
		followUps.saveAndFlush(followUp);
		return followUp.getVisitId();
	}

	private GuidanceScope officerScope(long followUpId, CurrentUser user) {
		GuidanceScope scope = scopes.of(user);
		if (!scope.isOfficer()) {
			throw new NotFoundException("Follow-up " + followUpId);
		}
		return scope;
	}

	private FollowUp get(long followUpId, long version, GuidanceScope scope) {
		FollowUp followUp = followUps.find(followUpId, scope)
			.orElseThrow(() -> new NotFoundException("Follow-up " + followUpId));
		if (followUp.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(FollowUp.class, followUpId);
		}
		return followUp;
	}
}
