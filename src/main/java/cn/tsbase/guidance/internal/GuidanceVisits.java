package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;

/**
 * Guidance visits (指导记录): the officer records a visit or online session at a unit currently assigned to them, with
 * its recommendations (each a follow-up with a due day); the unit confirms the record or comments on it once. The
 * visit registers its events, published when it is saved, and the audit trail records them from the events.
 */
@Service
public class GuidanceVisits {

	private final GuidanceVisitRepository visits;
	private final FollowUpRepository followUps;
	private final GuidanceAssignmentRepository assignments;
	private final GuidanceRequestRepository requests;
	private final GuidanceScopes scopes;
	private final ReferenceData referenceData;
	private final Clock clock;

	GuidanceVisits(GuidanceVisitRepository visits, FollowUpRepository followUps,
			GuidanceAssignmentRepository assignments, GuidanceRequestRepository requests, GuidanceScopes scopes,
			ReferenceData referenceData, Clock clock) {
		this.visits = visits;
		this.followUps = followUps;
		this.assignments = assignments;
		this.requests = requests;
		this.scopes = scopes;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	/** The visits the caller sees (of one year, or all with 0), paged in the database. */
	@Transactional(readOnly = true)
	public Page<VisitView> list(CurrentUser user, int year, Pageable pageable) {
		return visits.inScope(scopes.of(user), year, pageable).map(GuidanceVisit::toView);
	}

	@Transactional(readOnly = true)
	public VisitView find(long visitId, CurrentUser user) {
		return visits.find(visitId, scopes.of(user))
			.orElseThrow(() -> new NotFoundException("Guidance visit " + visitId))
			.toView();
	}

	/** The follow-ups of a visit the caller sees. */
	@Transactional(readOnly = true)
	public List<FollowUpView> followUps(long visitId, CurrentUser user) {
		visits.find(visitId, scopes.of(user)).orElseThrow(() -> new NotFoundException("Guidance visit " + visitId));
		LocalDate today = LocalDate.now(clock);
		return followUps.findByVisitIdOrderById(visitId).stream().map(f -> f.toView(today)).toList();
	}

	/** Visits per base and year inside the caller's scope: what the district oversees. */
	@Transactional(readOnly = true)
	public List<BaseYearCount> perBaseAndYear(CurrentUser user, int year) {
		return visits.perBaseAndYear(scopes.of(user), year)
			.stream()
			.map(row -> new BaseYearCount((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).intValue(),
					((Number) row[3]).longValue()))
			.toList();
	}

	/**
	 * The calling officer records a visit at a unit currently assigned to them (answering one of their requests when
	 * given); the unit is asked to confirm it.
	 */
	@Transactional
	public long record(long unitId, Long requestId, VisitRecord record, CurrentUser user) {
		GuidanceScope scope = scopes.of(user);
		if (!scope.isOfficer()) {
			throw new NotFoundException("No guidance officer " + user.getUsername());
		}
		GuidanceAssignment assignment = assignments.findFirstByUnitIdAndValidToIsNull(unitId)
			.filter(a -> a.getOfficer().getId() == scope.officer())
			.orElseThrow(() -> new InvalidRequestException("guidance.visit.unitNotAssigned"));
		if (record.topics().stream().anyMatch(t -> !referenceData.isActive(ReferenceCategory.GUIDANCE_TOPIC, t))) {
			throw new InvalidRequestException("guidance.request.topics.invalid");
		}
		if (requestId != null) {
			GuidanceRequest request = requests.find(requestId, scope)
				.filter(r -> r.getUnitId() == unitId)
				.orElseThrow(() -> new NotFoundException("Guidance request " + requestId));
			request.answer(assignment.getOfficer());
		}
		AssignmentView unit = assignment.toView();
		GuidanceVisit visit = visits.saveAndFlush(new GuidanceVisit(assignment.getOfficer(), unitId, unit.unitName(),
				unit.districtCode(), unit.baseId(), requestId, record, user.getUsername(), clock.instant()));
		for (VisitRecord.Recommendation recommendation : record.recommendations()) {
			followUps.save(new FollowUp(visit, recommendation.text(), recommendation.dueOn()));
		}
		visit.recorded(record.recommendations().size());
		visits.save(visit);
		return visit.getId();
	}

	/** The unit confirms the visit record. */
	@Transactional
	public void confirm(long visitId, long version, CurrentUser user) {
		GuidanceVisit visit = ownVisit(visitId, version, user);
		visit.confirm(user.getUsername(), clock.instant());
		visits.saveAndFlush(visit);
	}

	/** The unit comments on the visit record instead of confirming it. */
	@Transactional
	public void comment(long visitId, long version, String comment, CurrentUser user) {
		GuidanceVisit visit = ownVisit(visitId, version, user);
		visit.comment(comment.strip(), user.getUsername(), clock.instant());
		visits.saveAndFlush(visit);
	}

	private GuidanceVisit ownVisit(long visitId, long version, CurrentUser user) {
		GuidanceScope scope = scopes.of(user);
		if (!scope.isUnit()) {
			throw new NotFoundException("Guidance visit " + visitId);
		}
		GuidanceVisit visit = visits.find(visitId, scope)
			.orElseThrow(() -> new NotFoundException("Guidance visit " + visitId));
		if (visit.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(GuidanceVisit.class, visitId);
		}
		return visit;
	}

	/** Visits of one base in one year. */
	public record BaseYearCount(String unitName, long baseId, int year, long visits) {
	}
}
