package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Guidance requests (指导申请): a registered unit (a base's or not) asks its district for guidance; the district
 * assigns it to one of its guidance officers with a planned day; the unit and the officer are told. The request
 * registers its events ({@code GuidanceRequested}, {@code GuidanceRequestAssigned}), published when it is saved; the
 * audit trail records them from the events.
 */
@Service
public class GuidanceRequests {

	private final GuidanceRequestRepository requests;
	private final GuidanceOfficerRepository officers;
	private final GuidanceScopes scopes;
	private final OrganizationManagement organization;
	private final ReferenceData referenceData;
	private final Clock clock;

	GuidanceRequests(GuidanceRequestRepository requests, GuidanceOfficerRepository officers, GuidanceScopes scopes,
			OrganizationManagement organization, ReferenceData referenceData, Clock clock) {
		this.requests = requests;
		this.officers = officers;
		this.scopes = scopes;
		this.organization = organization;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	/** The requests the caller sees in the given states, paged in the database. */
	@Transactional(readOnly = true)
	public Page<RequestView> list(CurrentUser user, Collection<RequestStatus> statuses, Pageable pageable) {
		return requests.inScope(scopes.of(user), statuses, pageable).map(GuidanceRequest::toView);
	}

	@Transactional(readOnly = true)
	public RequestView find(long requestId, CurrentUser user) {
		return requests.find(requestId, scopes.of(user))
			.orElseThrow(() -> new NotFoundException("Guidance request " + requestId))
			.toView();
	}

	/** The unit's people ask for guidance on active topics of the list. */
	@Transactional
	public long submit(List<String> topics, GuidanceMode mode, String description, CurrentUser user) {
		if (!(user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) || user.getUnitId() == null) {
			throw new NotFoundException("No unit of " + user.getUsername());
		}
		if (topics.isEmpty() || topics.stream().anyMatch(t -> !referenceData.isActive(ReferenceCategory.GUIDANCE_TOPIC, t))) {
			throw new InvalidRequestException("guidance.request.topics.invalid");
		}
		UnitSummary unit = organization.find(user.getUnitId(), user.scope())
			.orElseThrow(() -> new NotFoundException("Unit " + user.getUnitId()));
		GuidanceRequest saved = requests.saveAndFlush(new GuidanceRequest(unit.id(), unit.name(), unit.districtCode(),
				topics.stream().distinct().toList(), mode, description.strip(), user.getUsername(), clock.instant()));
		saved.submitted();
		requests.saveAndFlush(saved);
		return saved.getId();
	}

	/** The district assigns the request to one of its officers with a planned day. */
	@Transactional
	public void assign(long requestId, long officerId, LocalDate plannedOn, long version, CurrentUser user) {
		if (!user.hasRole(Role.DISTRICT_OFFICER) || user.getDistrictCode() == null) {
			throw new NotFoundException("Guidance request " + requestId);
		}
		GuidanceScope district = GuidanceScope.district(user.getDistrictCode());
		GuidanceRequest request = requests.find(requestId, district)
			.orElseThrow(() -> new NotFoundException("Guidance request " + requestId));
		if (request.toView().version() != version) {
			throw new ObjectOptimisticLockingFailureException(GuidanceRequest.class, requestId);
		}
		GuidanceOfficer officer = officers.find(officerId, district)
			.filter(o -> o.toView().active())
			.orElseThrow(() -> new InvalidRequestException("guidance.request.officer.invalid"));
		request.assign(officer, plannedOn, user.getUsername(), clock.instant());
		requests.saveAndFlush(request);
	}

	/** The requests assigned to the calling officer and not yet answered by a visit: their visits due. */
	@Transactional(readOnly = true)
	public List<RequestView> due(CurrentUser user) {
		GuidanceScope scope = scopes.of(user);
		if (!scope.isOfficer()) {
			return List.of();
		}
		return requests.ofOfficer(scope.officer(), RequestStatus.ASSIGNED).stream().map(GuidanceRequest::toView).toList();
	}
}
